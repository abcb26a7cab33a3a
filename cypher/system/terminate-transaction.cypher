// Ends one running transaction (its id from system/list-transactions); its client sees it fail.
TERMINATE TRANSACTION $transactionId
YIELD transactionId, message
RETURN transactionId, message
