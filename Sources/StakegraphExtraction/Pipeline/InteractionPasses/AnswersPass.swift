/// Answers to what came before, once every other act is known: "In response, X said" and
/// "we reject these claims" (`response.bare`, `response.deictic`), quotes addressed to someone who
/// spoke and "X told Y" after Y spoke (`speech.addressed-answer`, `speech.told`), and a statement
/// by one just criticised (`response.answering-statement`).
struct AnswersPass: InteractionPass {
    let id = "response.answers"

    func run(_ finder: inout InteractionFinder) {
        finder.findBareResponses()
        finder.findAddressResponses()
        finder.findAnsweringStatements()
    }
}
