import { describe, expect, it } from 'vitest';
import { AGENT_PROTOCOL_VERSION, decodeAnswer, decodeRequest, encodeLine } from '../../../../electron/core/agent/protocol.ts';

describe('agent protocol v1', () => {
  it('accepts the documented requests and round-trips them', () => {
    const get = { v: 1, op: 'get', query: 'me@example.com/Laptop', field: 'password', client: { pid: 42 } } as const;
    expect(decodeRequest(encodeLine(get).trim())).toEqual({ ok: true, message: get });
    expect(decodeRequest('{"v":1,"op":"status"}')).toEqual({ ok: true, message: { v: 1, op: 'status' } });
    expect(decodeRequest('{"v":1,"op":"lock"}').ok).toBe(true);
  });

  it('refuses malformed requests with AGENT_BAD_REQUEST', () => {
    for (const line of ['', 'nope', '[]', '{"v":1}', '{"v":1,"op":"get","query":"x","field":"password"}', '{"v":1,"op":"get","query":"x","field":"secret","client":{"pid":1}}', '{"v":1,"op":"status","extra":true}', '{"v":1,"op":"get","query":"","field":"password","client":{"pid":1}}']) {
      const decoded = decodeRequest(line);
      expect(decoded.ok, line).toBe(false);
      if (!decoded.ok) expect(decoded.error.code, line).toBe('AGENT_BAD_REQUEST');
    }
  });

  it('a malformed request is described by path and issue code, never by the value it holds', () => {
    const decoded = decodeRequest('{"v":1,"op":"get","query":"x","field":"hunter2-secret","client":{"pid":1}}');
    expect(decoded).toMatchObject({ ok: false, error: { code: 'AGENT_BAD_REQUEST', message: expect.stringMatching(/\(check: .*: invalid_/) } });
    if (!decoded.ok) expect(decoded.error.message).not.toContain('hunter2');
  });

  it('answers another protocol version with AGENT_PROTOCOL naming both versions', () => {
    const decoded = decodeRequest('{"v":2,"op":"status"}');
    expect(decoded).toMatchObject({ ok: false, error: { code: 'AGENT_PROTOCOL', details: { expected: AGENT_PROTOCOL_VERSION, got: '2' } } });
    if (!decoded.ok) expect(decoded.error.message).toMatch(/protocol 1.*has 2/);
    expect(decodeAnswer('{"v":7,"ok":true,"value":"x"}')).toMatchObject({ ok: false, error: { code: 'AGENT_PROTOCOL' } });
    expect(decodeRequest('{"op":"status"}')).toMatchObject({ ok: false, error: { code: 'AGENT_PROTOCOL' } });
  });

  it('checks answers on the client side too', () => {
    expect(decodeAnswer('{"v":1,"ok":true,"value":"s3cret"}')).toEqual({ ok: true, message: { v: 1, ok: true, value: 's3cret' } });
    expect(decodeAnswer('{"v":1,"ok":false,"error":{"code":"AMBIGUOUS","message":"2 match","candidates":[{"id":"a","account":"b","label":"","provider":"gmail"}]}}').ok).toBe(true);
    expect(decodeAnswer('{"v":1,"ok":false,"error":{"code":"NO_SUCH_CODE","message":"x"}}')).toMatchObject({ ok: false, error: { code: 'AGENT_BAD_REQUEST' } });
    expect(decodeAnswer('{"v":1,"ok":true}')).toMatchObject({ ok: false, error: { code: 'AGENT_BAD_REQUEST' } });
  });
});
