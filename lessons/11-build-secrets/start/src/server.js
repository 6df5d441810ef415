const express = require('express');
const { renderPage } = require('@acme/ui');
const tokens = require('@acme/design-tokens');

const app = express();

app.get('/', (req, res) => res.send(renderPage({ title: 'Storefront', theme: tokens.light })));
app.get('/health', (req, res) => res.json({ ok: true }));

app.listen(process.env.PORT || 3000);
