/** The first file part of a multipart/form-data body (what Taro.uploadFile sends on H5). */
export function firstFilePart(body: Buffer, contentType: string): { filename: string; type: string; data: Buffer } | null {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!m) return null;
  const boundary = Buffer.from(`--${m[1] ?? m[2]}`);
  let pos = body.indexOf(boundary);
  while (pos !== -1) {
    const next = body.indexOf(boundary, pos + boundary.length);
    if (next === -1) break;
    const part = body.subarray(pos + boundary.length + 2, next - 2); // skip CRLF after boundary, before next
    const split = part.indexOf('\r\n\r\n');
    if (split !== -1) {
      const head = part.subarray(0, split).toString('utf8');
      const name = /filename="([^"]*)"/i.exec(head);
      if (name) {
        const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim() ?? 'application/octet-stream';
        return { filename: name[1], type, data: part.subarray(split + 4) };
      }
    }
    pos = next;
  }
  return null;
}
