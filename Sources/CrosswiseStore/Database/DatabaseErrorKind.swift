import AsyncKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import NIOCore
import NIOPosix

/// What kind of database failure an error is, in words an operator can act on and without
/// anything a user typed: the SQLite result code, the PostgreSQL SQLSTATE with its name, or what
/// happened to the connection. Server messages, SQL and bound values are left out on purpose
/// (PostgreSQL's DETAIL repeats the offending values, e-mail addresses among them).
public struct DatabaseErrorKind: Sendable, Equatable, CustomStringConvertible {
    public enum Category: String, Sendable {
        case readOnly = "read-only", diskFull = "disk full", connectionRefused = "connection refused"
        case connectionClosed = "connection closed", timeout, busy, constraint, authentication
        case missingDatabase = "missing database", other
    }

    public let category: Category
    /// "SQLite SQLITE_READONLY (readOnly)", "PostgreSQL 53100 disk_full", "PostgreSQL connection refused".
    public let description: String

    /// The kind of a database error, or nil when `error` did not come from the database.
    public init?(_ error: any Error) {
        switch error {
        case let error as SQLiteError:
            self = DatabaseErrorKind.sqlite(error.reason)
        case let error as PSQLError:
            self = DatabaseErrorKind.postgres(error)
        case let error as PostgresError:
            switch error {
            case .server(let message):
                let state = message.fields[.sqlState] ?? "?????"
                self = DatabaseErrorKind.sqlState(state)
            case .connectionClosed: self.init(.connectionClosed, "PostgreSQL connection closed")
            case .protocol: self.init(.other, "PostgreSQL protocol error")
            }
        case is ConnectionPoolTimeoutError:
            self.init(.timeout, "no database connection free in time (connection pool timeout)")
        case is ConnectionPoolError:
            self.init(.connectionClosed, "the database connection pool is shut down")
        case let error as DatabaseTimeout:
            self.init(.timeout, error.description)
        default:
            if let network = DatabaseErrorKind.network(error, database: "database") { self = network } else { return nil }
        }
    }

    init(_ category: Category, _ description: String) {
        self.category = category
        self.description = description
    }

    /// Log metadata for an error: its type, and its database kind when it has one.
    public static func metadata(for error: any Error) -> [String: String] {
        var metadata = ["error": "\(type(of: error))"]
        if let kind = DatabaseErrorKind(error) { metadata["error_kind"] = kind.description }
        return metadata
    }

    static func sqlite(_ reason: SQLiteError.Reason) -> DatabaseErrorKind {
        let name = "\(reason)"
        let category: Category = switch reason {
        case .readOnly, .readonlyInRecovery, .readonlyCantLock, .readonlyInRollback, .readonlyBackingMoved, .readonlyDirectory: .readOnly
        case .full: .diskFull
        case .busy, .busyTimeout, .busyInRecovery, .busyInSnapshot, .locked: .busy
        case .constraint, .constraintCheckFailed, .constraintForeignKeyFailed, .constraintNotNullFailed,
             .constraintPrimaryKeyFailed, .constraintUniqueFailed: .constraint
        default: .other
        }
        return DatabaseErrorKind(category, "SQLite \(sqliteCodeName(name)) (\(name))")
    }

    /// SQLITE_ names of the primary result codes, from SQLiteNIO's case names.
    static func sqliteCodeName(_ reason: String) -> String {
        let primary: [(String, String)] = [
            ("readonly", "SQLITE_READONLY"), ("readOnly", "SQLITE_READONLY"), ("full", "SQLITE_FULL"),
            ("ioError", "SQLITE_IOERR"), ("busy", "SQLITE_BUSY"), ("locked", "SQLITE_LOCKED"),
            ("constraint", "SQLITE_CONSTRAINT"), ("cantOpen", "SQLITE_CANTOPEN"), ("corrupt", "SQLITE_CORRUPT"),
            ("permission", "SQLITE_PERM"), ("noMemory", "SQLITE_NOMEM"), ("interrupt", "SQLITE_INTERRUPT"),
            ("notADatabase", "SQLITE_NOTADB"), ("tooBig", "SQLITE_TOOBIG"), ("schema", "SQLITE_SCHEMA"),
            ("mismatch", "SQLITE_MISMATCH"), ("misuse", "SQLITE_MISUSE"), ("abort", "SQLITE_ABORT"),
            ("auth", "SQLITE_AUTH"), ("range", "SQLITE_RANGE"), ("error", "SQLITE_ERROR"),
        ]
        return primary.first { reason.hasPrefix($0.0) }?.1 ?? "SQLITE_ERROR"
    }

    static func postgres(_ error: PSQLError) -> DatabaseErrorKind {
        switch error.code {
        case .server:
            return sqlState(error.serverInfo?[.sqlState] ?? "?????")
        case .connectionError:
            if let underlying = error.underlying, let network = network(underlying, database: "PostgreSQL") { return network }
            return DatabaseErrorKind(.connectionRefused, "PostgreSQL connection failed")
        case .serverClosedConnection, .uncleanShutdown:
            return DatabaseErrorKind(.connectionClosed, "PostgreSQL connection closed by the server")
        case .clientClosedConnection, .poolClosed:
            return DatabaseErrorKind(.connectionClosed, "PostgreSQL connection closed")
        case .queryCancelled:
            return DatabaseErrorKind(.timeout, "PostgreSQL query cancelled")
        case .unsupportedAuthMechanism, .authMechanismRequiresPassword, .saslError:
            return DatabaseErrorKind(.authentication, "PostgreSQL authentication failed (\(error.code))")
        default:
            return DatabaseErrorKind(.other, "PostgreSQL \(error.code)")
        }
    }

    static func sqlState(_ state: String) -> DatabaseErrorKind {
        let name = sqlStateNames[state] ?? sqlStateClasses[String(state.prefix(2))].map { "class \(state.prefix(2)): \($0)" } ?? "unknown"
        let category: Category = switch state {
        case "53100": .diskFull
        case "25006": .readOnly
        case "57014", "25P03", "55P03": .timeout
        case "40001", "40P01", "53300": .busy
        case "28000", "28P01": .authentication
        case "3D000": .missingDatabase
        case "57P01", "57P02", "57P03": .connectionClosed
        default: state.hasPrefix("23") ? .constraint : state.hasPrefix("08") ? .connectionClosed : .other
        }
        return DatabaseErrorKind(category, "PostgreSQL SQLSTATE \(state) \(name)")
    }

    /// Connection refused, reset or closed, wherever NIO reports it.
    static func network(_ error: any Error, database: String) -> DatabaseErrorKind? {
        switch error {
        case let error as NIOConnectionError:
            if let failure = error.connectionErrors.first { return network(failure.error, database: database) }
            if error.dnsAError != nil || error.dnsAAAAError != nil {
                return DatabaseErrorKind(.connectionRefused, "\(database) host name could not be resolved")
            }
            return DatabaseErrorKind(.connectionRefused, "\(database) connection failed")
        case let error as IOError:
            switch error.errnoCode {
            case ECONNREFUSED: return DatabaseErrorKind(.connectionRefused, "\(database) connection refused")
            case ECONNRESET, EPIPE: return DatabaseErrorKind(.connectionClosed, "\(database) connection reset")
            case ETIMEDOUT: return DatabaseErrorKind(.timeout, "\(database) connection timed out")
            case EHOSTUNREACH, ENETUNREACH: return DatabaseErrorKind(.connectionRefused, "\(database) host unreachable")
            default: return DatabaseErrorKind(.other, "\(database) I/O error \(error.errnoCode)")
            }
        case let error as ChannelError:
            switch error {
            case .connectTimeout: return DatabaseErrorKind(.timeout, "\(database) connection timed out")
            case .ioOnClosedChannel, .alreadyClosed, .eof, .outputClosed, .inputClosed:
                return DatabaseErrorKind(.connectionClosed, "\(database) connection closed")
            default: return DatabaseErrorKind(.other, "\(database) channel error")
            }
        default:
            return nil
        }
    }

    /// The SQLSTATE codes a running Crosswise can meet, by their PostgreSQL condition names.
    static let sqlStateNames: [String: String] = [
        "08000": "connection_exception", "08003": "connection_does_not_exist", "08006": "connection_failure",
        "08001": "sqlclient_unable_to_establish_sqlconnection", "08004": "sqlserver_rejected_establishment_of_sqlconnection",
        "08P01": "protocol_violation", "0A000": "feature_not_supported",
        "22001": "string_data_right_truncation", "22003": "numeric_value_out_of_range", "22007": "invalid_datetime_format",
        "22P02": "invalid_text_representation", "22021": "character_not_in_repertoire",
        "23000": "integrity_constraint_violation", "23502": "not_null_violation", "23503": "foreign_key_violation",
        "23505": "unique_violation", "23514": "check_violation",
        "25001": "active_sql_transaction", "25006": "read_only_sql_transaction", "25P02": "in_failed_sql_transaction",
        "25P03": "idle_in_transaction_session_timeout",
        "28000": "invalid_authorization_specification", "28P01": "invalid_password",
        "3D000": "invalid_catalog_name", "3F000": "invalid_schema_name",
        "40001": "serialization_failure", "40P01": "deadlock_detected",
        "42501": "insufficient_privilege", "42601": "syntax_error", "42703": "undefined_column",
        "42P01": "undefined_table", "42P07": "duplicate_table", "42710": "duplicate_object",
        "53000": "insufficient_resources", "53100": "disk_full", "53200": "out_of_memory", "53300": "too_many_connections",
        "54000": "program_limit_exceeded", "55P03": "lock_not_available", "55006": "object_in_use",
        "57014": "query_canceled", "57P01": "admin_shutdown", "57P02": "crash_shutdown", "57P03": "cannot_connect_now",
        "57P05": "idle_session_timeout", "58000": "system_error", "58030": "io_error", "XX000": "internal_error",
    ]

    static let sqlStateClasses: [String: String] = [
        "08": "connection exception", "22": "data exception", "23": "integrity constraint violation",
        "25": "invalid transaction state", "28": "invalid authorization", "40": "transaction rollback",
        "42": "syntax error or access rule violation", "53": "insufficient resources", "54": "program limit exceeded",
        "55": "object not in prerequisite state", "57": "operator intervention", "58": "system error", "XX": "internal error",
    ]
}

/// A database call that did not finish within its deadline (a health probe, a shutdown).
public struct DatabaseTimeout: Error, Sendable, CustomStringConvertible {
    public let operation: String
    public let seconds: Double
    public var description: String { "\(operation) took longer than \(seconds) s" }
}
