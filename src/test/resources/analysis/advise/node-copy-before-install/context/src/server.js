require('dotenv').config();
const express = require('express');
const cors = require('cors');
const morgan = require('morgan');

const app = express();
app.use(cors());
app.use(morgan('tiny'));
app.use(express.json());

const todos = [];

app.get('/health', (req, res) => res.json({ ok: true }));
app.get('/todos', (req, res) => res.json(todos));
app.post('/todos', (req, res) => {
  const todo = { id: todos.length + 1, title: String(req.body.title || ''), done: false };
  todos.push(todo);
  res.status(201).json(todo);
});

const port = process.env.PORT || 3000;
app.listen(port, () => console.log(`listening on ${port}`));
