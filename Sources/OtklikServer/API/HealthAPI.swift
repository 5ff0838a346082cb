import Hummingbird
import OtklikStore

/// `GET /health`: is the server up and which database it runs on.
struct HealthAPI {
    let store: AppealStore
    static let version = "0.1.0"

    struct Health: Encodable {
        var status: String
        var database: String
        var version: String
    }

    func register(on router: Router<OtklikRequestContext>) {
        router.get("/health") { _, _ in
            try await store.ping()
            return try JSONBody.response(Health(status: "ok", database: store.kind.rawValue, version: Self.version))
        }
    }
}
