// Verifies a Xueshi certificate with Node's standard library alone, offline once the keys are saved:
//   node verify.mjs <certificate.pdf | file with the signed data> <keys.json | https://<site>/.well-known/xueshi-certificate-keys.json>
import { readFileSync } from 'node:fs';
import { createPublicKey, verify } from 'node:crypto';

const [file, keysAt] = process.argv.slice(2);
const jws = readFileSync(file, 'latin1').match(/eyJ[\w-]+\.[\w-]+\.[\w-]+/)?.[0]; // the PDF keeps it in its Keywords
if (!jws || !keysAt) throw new Error('usage: node verify.mjs <certificate.pdf> <keys.json | keys URL>');
const [header, payload, signature] = jws.split('.');
const { alg, kid } = JSON.parse(Buffer.from(header, 'base64url'));
const keys = /^https?:/.test(keysAt) ? await (await fetch(keysAt)).json() : JSON.parse(readFileSync(keysAt, 'utf8'));
const jwk = keys.keys.find((k) => k.kid === kid);
if (alg !== 'ES256' || !jwk) throw new Error(`unknown key "${kid}" or algorithm "${alg}"`);
const key = createPublicKey({ key: jwk, format: 'jwk' });
const valid = verify('sha256', Buffer.from(`${header}.${payload}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
console.log(valid ? `VALID: signed by key ${kid}` : 'INVALID: the data or the signature was changed');
console.log(JSON.stringify(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')), null, 2));
process.exit(valid ? 0 : 1);
