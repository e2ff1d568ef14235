// The desk refuses what it must, whatever the Studio does: a login with a forged
// Origin, and a reporter's call to an admin route.
import { expect, test } from './fixtures/desk';

test('a forged Origin and a reporter on an admin route are refused', async ({ desk, playwright }) => {
  const ana = await desk.user('ana', 'reporter');
  const request = await playwright.request.newContext({ baseURL: desk.url });
  const forged = await request.post('/api/login', {
    headers: { Origin: 'https://evil.example' },
    data: ana,
  });
  expect(forged.status()).toBe(403);

  const login = await request.post('/api/login', { headers: { Origin: desk.url }, data: ana });
  expect(login.status()).toBe(200);
  expect((await (await request.get('/api/me')).json()).user.name).toBe('ana');
  for (const route of ['/api/audit', '/api/users']) {
    const answer = await request.get(route);
    expect(answer.status(), route).toBe(403);
    expect((await answer.json()).error.kind, route).toBe('forbidden');
  }
  await request.dispose();
});
