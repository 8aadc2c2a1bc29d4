// Stands in for @tarojs/runtime's HTML parser in the mini-program build (config/index.ts): innerHTML and
// insertAdjacentHTML are off there (runtime.enableInnerHTML), so nothing calls it, and its ~20 KB of source
// (tokenizer, inline-style and tag tables) stays out of the main package's taro.js.
export function parser() {
  throw new Error('innerHTML is off in this build (config/index.ts mini.runtime.enableInnerHTML)');
}
