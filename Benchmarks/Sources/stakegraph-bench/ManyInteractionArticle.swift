import StakegraphSynthesis

/// One article of short sentences, each an interaction between two people with invented,
/// random names ("Alma Ashdown, chair of the Vale Rail Union, criticised Bram Brackett on
/// Monday."), about `megabytes` long: an article whose sentences, mentions, entities and
/// interactions all grow with its size. Extraction must stay linear in them.
func manyInteractionArticle(megabytes: Int, seed: UInt64 = 11) -> String {
    let firstNames = ["Alma", "Bram", "Cleo", "Dorian", "Edda", "Fenn", "Greta", "Hollis", "Ines", "Jory",
                      "Kasia", "Lorne", "Mira", "Niall", "Odile", "Pell", "Quinta", "Rafe", "Sunniva", "Tobin"]
    let surnames = ["Ashdown", "Brackett", "Corrow", "Dunmere", "Elstow", "Farrand", "Gillam", "Harrowby", "Ivesly", "Jessop",
                    "Kinvar", "Loddon", "Marrack", "Northey", "Oldacre", "Penrose", "Quillan", "Rushmere", "Stannard", "Tarrant"]
    let organisations = ["Vale Rail Union", "Northmoor Housing Trust", "Coastal Teachers Guild", "Harbour Water Board", "Fenland Farmers Alliance"]
    let roles = ["chair", "chief executive", "general secretary", "director"]
    let verbs = ["criticised", "praised", "met", "thanked", "condemned"]
    let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    var random = SeededGenerator(seed: seed)
    func pick(_ items: [String]) -> String { items[Int(random.next() % UInt64(items.count))] }
    var text = ""
    text.reserveCapacity(megabytes * 1_000_000 + 200)
    while text.utf8.count < megabytes * 1_000_000 {
        text += "\(pick(firstNames)) \(pick(surnames)), \(pick(roles)) of the \(pick(organisations)), "
            + "\(pick(verbs)) \(pick(firstNames)) \(pick(surnames)) on \(pick(days)). "
    }
    return text
}
