// The open transactions of this database, each with the metadata its executor sent
// ({ requestId, operation, actor }): which request or job is running what.
SHOW TRANSACTIONS
YIELD transactionId, metaData, currentQuery, elapsedTime
RETURN transactionId, metaData, currentQuery, elapsedTime
