/// Which stakeholder made each act or document an article names, in text order: "the trust's
/// report", "the report by X", "X announced a two-year freeze", "X invited Y" (an invitation).
/// Read by cue targets and stance, so that "criticised the freeze" is aimed at whoever froze.
struct ActOwners {
    /// One noun made someone's at one token.
    struct Claim {
        let token: Int
        let noun: String
        let owner: Int
    }

    /// Claims sorted by token.
    private(set) var claims: [Claim] = []
    /// The nouns some claim names (asked per owned noun: a set, not a scan of the claims).
    private var claimedNouns = Set<String>()
    /// The one maker of the acts the article's opening reports (its news), if one: "the
    /// decision" or "the closures" far below it are most often that act.
    var leadOwner: Int?
    let vocabulary: ActVocabulary

    init(vocabulary: ActVocabulary) {
        self.vocabulary = vocabulary
    }

    mutating func add(_ noun: String, owner: Int, at token: Int) {
        claims.append(Claim(token: token, noun: noun, owner: owner))
        claimedNouns.insert(noun)
    }

    mutating func sort() {
        claims.sort { $0.token < $1.token }
    }

    /// Whether a noun can have an owner at all.
    func isOwnable(_ noun: String) -> Bool {
        vocabulary.ownedNouns.contains(noun)
    }

    /// The owner of `noun` spoken of at `token`: the last claim on that noun before it (else the
    /// last one anywhere); findings belong to the report; a generic noun ("the move") stands for
    /// the last act claimed within `window` tokens before it.
    func owner(of noun: String, at token: Int, window: Int) -> Int? {
        if let owner = last(noun, before: token) ?? claims.last(where: { $0.noun == noun })?.owner { return owner }
        if vocabulary.findingNouns.contains(noun) {
            return last("report", before: token) ?? claims.last(where: { $0.noun == "report" })?.owner
        }
        // A generic noun, or an act no one was said to make by that name ("X announced that
        // services would be cut ... the cuts were condemned"), is the last act made nearby.
        if isUnclaimedAct(noun) {
            return lastAct(before: token, window: window)
        }
        return nil
    }

    /// Whether `noun` stands for an act whoever made it is not said by that name: a generic
    /// noun ("the move"), or an act noun no claim names ("the closures").
    func isUnclaimedAct(_ noun: String) -> Bool {
        vocabulary.genericNouns.contains(noun) || vocabulary.actNouns.contains(noun) && !claimedNouns.contains(noun)
    }

    /// The maker of the last act claimed within `window` tokens before `token` ("X announced a
    /// freeze. It is a step in the right direction": "it" is X's act).
    func lastAct(before token: Int, window: Int) -> Int? {
        claims.last { $0.token < token && token - $0.token <= window && vocabulary.madeNouns.contains($0.noun) }?.owner
    }

    private func last(_ noun: String, before token: Int) -> Int? {
        claims.last { $0.noun == noun && $0.token < token }?.owner
    }
}
