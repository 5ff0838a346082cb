import Foundation
import ZIPFoundation

/// Packs the parts of an Office Open XML file or of a report package into a ZIP archive with ZIPFoundation:
/// the one place that writes archives (`XLSXWriter`, `DOCXWriter`, `ReportPackage`).
enum ZIPPackage {
    /// Writes `entries` (deflated) and the files at `files` into a new archive at `url`.
    static func write(_ entries: [(path: String, data: Data)], files: [(path: String, url: URL)] = [], to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        for (path, file) in files { try archive.addEntry(with: path, fileURL: file, compressionMethod: .deflate) }
    }

    /// The archive of `entries` as bytes, built in a temporary directory that is removed after.
    static func data(_ entries: [(path: String, data: Data)]) throws -> Data {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("otklik-zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("package.zip")
        try write(entries, to: file)
        return try Data(contentsOf: file)
    }
}
