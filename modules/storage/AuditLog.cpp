#include "storage/AuditLog.h"

#include "storage/Database.h"

// Implemented in its own change (see AuditLog.h for the contract).
