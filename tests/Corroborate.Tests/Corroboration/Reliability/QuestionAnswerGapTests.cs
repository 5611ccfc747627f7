using Corroborate.Corroboration.Reliability;

namespace Corroborate.Tests.Corroboration.Reliability;

public class QuestionAnswerGapTests
{
    [Fact]
    public void Questions_right_after_a_heading_are_a_block()
    {
        Assert.Equal("Frequently Asked Questions", QuestionAnswerBlock.Find(
            "The ferry sailed.\nFrequently Asked Questions\nHow many were on board?\nEighty-four.\nIs the ferry safe?\nYes."));
    }

    [Fact]
    public void Questions_quoted_far_below_a_heading_are_not()
    {
        string body = string.Join('\n', Enumerable.Range(1, 8).Select(i => $"Paragraph {i} of the report on the harbour works."));
        Assert.Null(QuestionAnswerBlock.Find(
            "Frequently Asked Questions\nWhen does the ferry sail?\n" + body + "\nWho will pay for the new quay?\n" + body + "\nWhy now?"));
    }

    [Fact]
    public void Question_answer_pairs_far_apart_are_not_a_block()
    {
        string body = string.Join('\n', Enumerable.Range(1, 6).Select(i => $"Paragraph {i} of the interview with the harbour master."));
        Assert.Null(QuestionAnswerBlock.Find("Q: Why did the ferry stop?\nA: The engine failed.\n" + body + "\nQ: When will it sail again?\nA: On Monday."));
        Assert.NotNull(QuestionAnswerBlock.Find("Q: Why did the ferry stop?\nA: The engine failed.\nQ: When will it sail again?\nA: On Monday."));
    }
}
