import OtklikCore

/// Errors of the storage layer the API turns into problem responses.
public enum StoreError: Error, Sendable, Equatable {
    case badDatabaseURL(String)
    case notFound
    case invalid([FieldError])
    case workflow(WorkflowError)
    case duplicateLogin(String)
}
