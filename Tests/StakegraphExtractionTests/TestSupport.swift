import Foundation
import Testing
@testable import StakegraphExtraction

// Shared helpers for the extraction tests: temporary folders, one-article extraction,
// and look-ups by entity name so that assertions read like the guide's examples.

/// A fresh folder under the system temporary directory. Use it through `withTemporaryFolder`,
/// which removes it (and everything in it) when the body returns or throws.
struct TemporaryFolder {
    let url: URL

    var path: String { url.path }

    fileprivate init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("stakegraph-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` as UTF-8 at `relative` (creating folders) and returns the file's path.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    /// Writes raw bytes at `relative` (creating folders) and returns the file's path.
    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// Creates an (empty) sub-folder and returns its path.
    @discardableResult
    func folder(_ relative: String) throws -> String {
        let sub = url.appendingPathComponent(relative, isDirectory: true)
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        return sub.path
    }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    fileprivate func remove() {
        // Restore permissions a test may have removed, so that the folder can always be deleted.
        if let walker = FileManager.default.enumerator(atPath: path) {
            while let relative = walker.nextObject() as? String {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: self.path(relative))
            }
        }
        try? FileManager.default.removeItem(at: url)
    }
}

/// Runs `body` with a fresh temporary folder and removes the folder afterwards.
func withTemporaryFolder<T>(_ body: (TemporaryFolder) throws -> T) throws -> T {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    return try body(folder)
}

/// The default article date of these tests: Friday 15 March 2024.
let friday15March2024 = "2024-03-15"

/// An in-memory article; `date` is an ISO date (`nil` for an undated article).
func makeArticle(_ text: String, date: String? = friday15March2024, id: String = "test.txt") -> Article {
    Article(id: id, date: date.flatMap { EventDate(string: $0) }, text: text, origin: id)
}

/// Extracts one in-memory article with the bundled dictionary and lexicon.
func extract(_ text: String, date: String? = friday15March2024, dictionary: StakeholderDictionary = .standard) -> Extraction {
    Extractor(dictionary: dictionary).extract([makeArticle(text, date: date)])
}

/// Every mention the recogniser finds in `text`, as (words as written, canonical name of the entity).
func resolvedMentions(_ text: String, date: String? = friday15March2024) -> [(text: String, entity: String)] {
    let doc = Document(text: text)
    let found = EntityRecognizer(lexicon: .standard, dictionary: .standard).recognise(doc, date: date.flatMap { EventDate(string: $0) })
    return found.mentions.map { (doc.text($0.range), found.entities[$0.entity].name) }
}

/// The entity a mention written exactly as `surface` resolves to (the `occurrence`-th such mention).
func referent(of surface: String, occurrence: Int = 1, in text: String, date: String? = friday15March2024) -> String? {
    let matching = resolvedMentions(text, date: date).filter { $0.text == surface }
    return matching.count >= occurrence ? matching[occurrence - 1].entity : nil
}

extension Extraction {
    /// The entity whose canonical name or one of whose aliases is `name` (case-insensitive).
    func entity(_ name: String) -> Entity? {
        let n = name.lowercased()
        return entities.first { $0.name.lowercased() == n } ?? entities.first { $0.aliases.contains { $0.lowercased() == n } }
    }

    /// Canonical names of every entity, sorted.
    var entityNames: [String] { entities.map(\.name).sorted() }

    /// The interactions from `source` to `target` of `type`, by canonical names
    /// (in either direction for meetings, which have none).
    func interactions(_ source: String, _ type: InteractionType, _ target: String) -> [Interaction] {
        guard let s = entity(source)?.id, let t = entity(target)?.id else { return [] }
        return interactions.filter {
            $0.type == type && ($0.source == s && $0.target == t || type.isSymmetric && $0.source == t && $0.target == s)
        }
    }

    func has(_ source: String, _ type: InteractionType, _ target: String) -> Bool {
        !interactions(source, type, target).isEmpty
    }

    /// One line per interaction ("Name -criticism-> Name @date"), for failure messages.
    var summary: String {
        let names = entitiesByID.mapValues(\.name)
        let lines = interactions.map { "\(names[$0.source] ?? $0.source) -\($0.type.rawValue)-> \(names[$0.target] ?? $0.target) @\($0.date?.description ?? "null")" }
        return "entities: \(entityNames); interactions: \(lines)"
    }
}

/// The package root, found from this file's path (Tests/StakegraphExtractionTests/TestSupport.swift).
let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shared folder beside the package (seeds, gold, spec), absent on machines without it.
let sharedFolder: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

func directoryExists(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
}

/// Checks that a short article gives the case's interaction, and (for directed types) not the
/// reverse one: the direction is the guide's.
func check(_ c: InteractionCase, sourceLocation: SourceLocation = #_sourceLocation) {
    let x = extract(c.text)
    #expect(x.has(c.source, c.type, c.target), "\(x.summary)", sourceLocation: sourceLocation)
    if !c.type.isSymmetric {
        #expect(!x.has(c.target, c.type, c.source), "\(x.summary)", sourceLocation: sourceLocation)
    }
}
