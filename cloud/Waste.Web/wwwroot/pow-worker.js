// The report's proof of work, off the page's thread: the first nonce whose SHA-256(challenge + nonce) starts with
// `bits` zero bits (js-sha256, served from this host).
"use strict";
importScripts("/assets/lib/sha256.min.js");

function leadingZeroBits(bytes) {
  let bits = 0;
  for (const b of bytes) {
    if (b === 0) { bits += 8; continue; }
    return bits + Math.clz32(b) - 24;
  }
  return bits;
}

self.onmessage = (event) => {
  const { challenge, bits } = event.data;
  for (let nonce = 0; ; nonce++) {
    if (leadingZeroBits(sha256.array(challenge + nonce)) >= bits) {
      self.postMessage({ nonce: String(nonce) });
      return;
    }
  }
};
