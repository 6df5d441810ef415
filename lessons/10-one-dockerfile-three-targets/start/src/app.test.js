const request = require('supertest');
const app = require('./app');

test('a new todo is not done', async () => {
  const res = await request(app).post('/todos').send({ title: 'write tests' });
  expect(res.status).toBe(201);
  expect(res.body.done).toBe(false);
});

test('health answers ok', async () => {
  const res = await request(app).get('/health');
  expect(res.body).toEqual({ ok: true });
});
