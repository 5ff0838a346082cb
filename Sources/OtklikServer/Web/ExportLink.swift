/// A link downloading what a page shows as a file (issue 7), one per `ExportFormat`.
struct ExportLink {
    var title: String
    var link: String

    /// `path` with the page's own query and each format.
    static func all(_ path: String, query: String) -> [ExportLink] {
        ExportFormat.allCases.map { make(path, query: query, format: $0.rawValue) }
    }

    /// `path` with the page's own query and `format`, titled by the format.
    static func make(_ path: String, query: String, format: String) -> ExportLink {
        ExportLink(title: format.uppercased(), link: "\(path)?\(query.isEmpty ? "" : query + "&")format=\(format)")
    }
}
