import { request } from 'node:http';

export interface RawResponse {
  status: number;
  body: string;
}

/** Raw HTTP to the web host, so a test can send bodies no fetch client would (invalid JSON, huge, hostile). */
export function sendRaw(port: number, method: string, pathname: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: pathname, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
