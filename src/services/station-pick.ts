/** Hand-off from the station picker (mode "pick") back to the page that opened it. */
export type PickedStation = { id: string; name: string; address?: string };

let picked: PickedStation | undefined;

export function setPickedStation(s: PickedStation): void {
  picked = s;
}

/** Returns the station chosen since the last call, once. */
export function takePickedStation(): PickedStation | undefined {
  const s = picked;
  picked = undefined;
  return s;
}
