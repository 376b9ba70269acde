// Fix for @vercel/cosmosdb-server 1.0.1: reading a document that does not exist from a partitioned collection
// answers 500 ("Cannot read properties of undefined") instead of Cosmos DB's 404, because the handler compares the
// missing document's partition key before checking that it exists. This replaces the handler, before the package's
// router captures it, with one that answers 404 first and otherwise defers to the original.
"use strict";
const readDocument = require("@vercel/cosmosdb-server/lib/handler/read-document");
const partitionFromHeader = require("@vercel/cosmosdb-server/lib/utils/get-partition-from-header");

const original = readDocument.default;

function exists(collection, req, docId) {
  try {
    const partitionKey = partitionFromHeader.parsePartitionKey(partitionFromHeader.default(req), docId);
    return Boolean(collection.document(docId, partitionKey).read());
  } catch {
    // No or unreadable partition key header: the original handler gives its own answer.
    return true;
  }
}

readDocument.default = (account, req, res, params) => {
  const collection = account.database(params.dbId).collection(params.collId);
  if (collection.read() && !exists(collection, req, params.docId)) {
    res.statusCode = 404;
    return { code: "NotFound", message: "Entity with the specified id does not exist in the system." };
  }
  return original(account, req, res, params);
};
