import Hummingbird

/// The format a GeoReport v2 client asks for by the resource's extension (`/services.xml`, `/requests/7.json`).
enum Open311Format: String {
    case xml, json

    var contentType: String { self == .xml ? "text/xml; charset=utf-8" : "application/json; charset=utf-8" }

    /// Splits `name.format` into the name and its format; nil for any other extension or none.
    static func split(_ file: String) -> (name: String, format: Open311Format)? {
        guard let dot = file.lastIndex(of: "."), let format = Open311Format(rawValue: String(file[file.index(after: dot)...]).lowercased()) else {
            return nil
        }
        return (String(file[..<dot]), format)
    }

    /// The body of a response: XML under `root`, or JSON.
    func response(_ node: Open311Node, root: String, status: HTTPResponse.Status = .ok) -> Response {
        let text = self == .xml ? node.xml(root: root) : node.json
        return Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
