import Foundation
import Hummingbird

/// Serves the OpenAPI 3.1 description of the API, kept as a resource file beside the code.
enum OpenAPIDocument {
    static let data: Data? = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Resources")
        .flatMap { try? Data(contentsOf: $0) }

    static func register(on router: Router<OtklikRequestContext>) {
        router.get("/api/v1/openapi.json") { _, _ in
            guard let data else { throw Problem.notFound("Описание API не найдено в сборке") }
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }
}
