// The API as a scenario's set-up calls it: JSON in and out, a bearer token and If-Match when given, and a thrown error
// naming the call when the answer is not a success (a set-up that half worked would measure the wrong thing).
export function apiClient(baseUrl) {
  const call = async (method, path, { body, token, ifMatch } = {}) => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(ifMatch ? { 'If-Match': ifMatch } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return { body: text ? JSON.parse(text) : null, etag: response.headers.get('etag') };
  };
  const api = async (...args) => (await call(...args)).body;
  return { call, api };
}
