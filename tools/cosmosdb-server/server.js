// Starts the Cosmos DB-compatible test server (@vercel/cosmosdb-server) over HTTPS with its self-signed certificate,
// on loopback only, with keep-alive (the package's own command line closes every connection after one request, which
// makes each request a new TLS handshake). Port 0 (the default) lets the OS choose; the line
// "listening on 127.0.0.1:PORT" tells the tests which port it chose.
"use strict";
// Must load before the package itself: it patches a handler the package's router captures when it loads.
require("./read-missing-document");
const { createHttpsServer } = require("@vercel/cosmosdb-server");

const port = Number.parseInt(process.argv[2] ?? "0", 10);
const server = createHttpsServer({ keepAlive: true });
server.listen(port, "127.0.0.1", () => {
  console.log(`listening on 127.0.0.1:${server.address().port}`);
});
