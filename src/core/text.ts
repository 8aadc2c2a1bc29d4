/**
 * A reason or note someone typed, ready to be followed by our own punctuation: the full stops, commas and
 * spaces it ends with are dropped, so "原因：地址不全。" + "。" never prints "。。".
 */
export function clause(text: string): string {
  return text.replace(/[\s。．.，,；;、！!？?]+$/u, '');
}
