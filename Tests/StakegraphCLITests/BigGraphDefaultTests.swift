import Foundation
import Testing

/// A big graph's diagram shows its most active stakeholders by default, and says how many are
/// left out; --top and --all choose otherwise.
@Suite struct BigGraphDefaultTests {
    /// One article in which 160 invented people each criticise the next one: 160 stakeholders.
    static var crowdArticle: String {
        let first = ["Colin", "Gavin", "Owen", "Keith", "Helen", "Sarah", "James", "David",
                     "Alice", "Brenda", "Carl", "Dora", "Ewan", "Fiona", "Glen", "Hilda"]
        let last = ["Elstow", "Harrowby", "Farrand", "Quist", "Marrack", "Pellow", "Tranter", "Ousby", "Kernow", "Yeldham"]
        let people = first.flatMap { f in last.map { "\(f) \($0)" } }
        let sentences = people.indices.map { "\(people[$0]) criticised \(people[($0 + 1) % people.count]) over the delays to the bypass." }
        return "---\ntitle: Crowd\ndate: 2024-05-01\n---\n" + sentences.joined(separator: " ") + "\n"
    }

    @Test func aBigGraphShowsItsMostActiveStakeholdersWithANote() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = dir.appendingPathComponent("crowd.md")
        try Data(Self.crowdArticle.utf8).write(to: article)
        let json = try CLIRunner.run(["graph", article.path, "--format", "json"])
        let nodes = try #require((try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])?["nodes"] as? [Any])
        #expect(nodes.count > 150, "the data keeps every stakeholder")

        let byDefault = try CLIRunner.run(["graph", article.path, "--format", "dot"])
        #expect(byDefault.status == 0, "\(byDefault.stderr)")
        #expect(byDefault.stdout.contains("The 100 most active of \(nodes.count) stakeholders"))
        // These people belong to no organisation: rolling them up would draw as many, so the
        // picture stays at person level and says nothing of a roll-up.
        #expect(byDefault.stdout.contains(", person level") && !byDefault.stdout.contains("People drawn as their organisations"))
        let asked = try CLIRunner.run(["graph", article.path, "--format", "dot", "--level", "organisation"])
        #expect(asked.stdout.contains(", organisation level") && !asked.stdout.contains("People drawn as their organisations"))
        let top = try CLIRunner.run(["graph", article.path, "--format", "dot", "--top", "5"])
        #expect(top.stdout.contains("The 5 most active of \(nodes.count) stakeholders"))
        let all = try CLIRunner.run(["graph", article.path, "--format", "dot", "--all"])
        #expect(all.status == 0 && !all.stdout.contains("most active of"))
        let both = try CLIRunner.run(["graph", article.path, "--format", "dot", "--all", "--top", "5"])
        #expect(both.status == 64 && both.stderr.contains("Give --top or --all, not both."))
        // Small graphs are drawn whole.
        let small = try CLIRunner.run(["graph", "Samples/articles", "--format", "dot"])
        #expect(!small.stdout.contains("most active of"))
    }
}
