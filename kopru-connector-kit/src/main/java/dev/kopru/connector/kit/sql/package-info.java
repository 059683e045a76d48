/**
 * The read-only SQL guard: {@link dev.kopru.connector.kit.sql.ReadOnlySql} checks a query or a WHERE condition with
 * SQL Server's lexical rules and a real parse before any vendor runs it; {@link dev.kopru.connector.kit.sql.SqlField}
 * marks the operation fields that carry SQL.
 */
package dev.kopru.connector.kit.sql;
