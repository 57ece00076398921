import type { SmsPurpose } from '../../api/xueshi-client';

interface DevSmsMessage {
  phone: string;
  purpose: string;
  code: string;
  sentAt: string;
}

/**
 * Reads the newest code from the backend's development SMS inbox. Only the Development
 * environment exposes it; anywhere else the answer is 404 (or not JSON) and this returns null,
 * so the caller can ask unconditionally.
 */
export async function fetchDevSmsCode(
  phone: string,
  purpose: SmsPurpose,
  fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args),
): Promise<string | null> {
  try {
    const response = await fetchImpl(`/api/v1/dev/sms-messages?phone=${encodeURIComponent(phone)}`, {
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return null;
    const messages: unknown = await response.json();
    if (!Array.isArray(messages)) return null;
    // Compared without case: the inbox may spell the purpose as the server's enum name ("SignIn").
    const wanted = purpose.toLowerCase();
    const newest = (messages as DevSmsMessage[]).find(
      (m) => m && typeof m.purpose === 'string' && m.purpose.toLowerCase() === wanted && typeof m.code === 'string',
    );
    return newest?.code ?? null;
  } catch {
    return null;
  }
}
