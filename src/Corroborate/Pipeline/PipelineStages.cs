using Corroborate.Briefing;
using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Mentions;
using Corroborate.Reading;

namespace Corroborate.Pipeline;

/// <summary>The stateless stages of a pipeline, each built once with its options.</summary>
internal sealed record PipelineStages(
    DocumentReader Reader,
    ArticleExtractor Extractor,
    MentionStage Mentions,
    Corroborator Corroborator,
    BriefBuilder Brief);
