// The open transactions of this database, each with the metadata its executor sent
// ({ requestId, operation, actor }): which request or job is running what, and whether it waits
// for a lock (status "Blocked by: …").
SHOW TRANSACTIONS
YIELD transactionId, metaData, currentQuery, elapsedTime, status
RETURN transactionId, metaData, currentQuery, elapsedTime, status
