package nl.codewerk.agreement.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.codewerk.agreement.AgreementResult;
import nl.codewerk.agreement.AgreementRow;
import nl.codewerk.agreement.UnitPresence;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.workspace.Project;

/**
 * The units where two coders differ, per code, with their text: what a supervisor goes through
 * to build the consensus coding (see {@link ConsensusService}).
 */
public final class DisagreementReview {

    private final AgreementResult result;
    private final List<ReviewItem> items;

    private DisagreementReview(AgreementResult result, List<ReviewItem> items) {
        this.result = result;
        this.items = List.copyOf(items);
    }

    public static DisagreementReview of(Project project, AgreementResult result) {
        if (result.coders().size() != 2) {
            throw new LocalizedException("review.twoCoders", result.coders().size());
        }
        Map<String, String> paths = new HashMap<>();
        for (AgreementRow row : result.codes()) {
            paths.put(row.codeId(), row.codePath());
        }
        Map<Long, String> texts = new HashMap<>();
        List<ReviewItem> items = new ArrayList<>();
        for (UnitPresence d : result.disagreements()) {
            String text = texts.computeIfAbsent(d.transcriptId(), id -> project.transcripts().get(id).orElseThrow().text());
            items.add(new ReviewItem(d.codeId(), paths.get(d.codeId()), d.transcriptId(), result.transcriptName(d.transcriptId()),
                    d.start(), d.end(), text.substring(d.start(), d.end()), result.unit(), result.coders().get(0),
                    result.coders().get(1), d.codedBy(result.coders())));
        }
        return new DisagreementReview(result, items);
    }

    public AgreementResult result() {
        return result;
    }

    /** Every disagreement, by code (codebook order), transcript and position. */
    public List<ReviewItem> items() {
        return items;
    }

    public List<ReviewItem> items(String codeId) {
        return items.stream().filter(i -> i.codeId().equals(codeId)).toList();
    }
}
