import Foundation

/// The shared reference data beside the project (`../shared/data/…`): tests read it there and never copy it.
public enum SharedData {
    public static func url(_ path: String) -> URL {
        let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return project.deletingLastPathComponent().appendingPathComponent("shared/data").appendingPathComponent(path)
    }
}
