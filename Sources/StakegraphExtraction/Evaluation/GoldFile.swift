import Foundation

/// A hand-made answer for one article, in the guide's section 4 format.
public struct GoldFile: Sendable, Decodable {
    public struct GoldEntity: Sendable, Decodable {
        public var name: String
        public var kind: EntityKind
        public var aliases: [String]?
        public var role: String?
        public var affiliation: String?
        public var optional: Bool?
    }

    public struct GoldInteraction: Sendable, Decodable {
        public var source: String
        public var target: String
        public var type: InteractionType
        public var date: String?
        public var evidence: String?
        public var optional: Bool?
    }

    public var article: String
    public var date: String?
    public var entities: [GoldEntity]
    public var interactions: [GoldInteraction]

    private static func names(in folder: String) throws(FileError) -> [String] {
        do { return try FileManager.default.contentsOfDirectory(atPath: folder) } catch { throw FileError(path: folder, error: error) }
    }

    /// Reads every `*.json` gold file in a directory (or one file), sorted by name.
    public static func load(_ path: String) throws -> [GoldFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw InputError.missingPath(path: path) }
        let files = isDirectory.boolValue
            ? (try Self.names(in: path)).filter { $0.hasSuffix(".json") }.sorted().map { (path as NSString).appendingPathComponent($0) }
            : [path]
        return try files.map { file in
            let data = try FileReader.contents(of: file)
            do {
                return try JSONDecoder().decode(GoldFile.self, from: data)
            } catch {
                throw InputError.malformedJSONLines(path: file, line: 1, reason: "not a gold file: \(error)")
            }
        }
    }
}
