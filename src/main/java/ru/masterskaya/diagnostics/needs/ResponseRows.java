package ru.masterskaya.diagnostics.needs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.masterskaya.diagnostics.campaign.InviteeScope;

/**
 * The plain SQL reads of the analysis. The needs of a territory read a hundred thousand rows, which
 * JPA entities would make several times slower, so these go straight to the tables and return only
 * the columns that are counted.
 */
@Component
class ResponseRows {

    /** A finished response's scores as stored, with whose they are. */
    interface ScoresHandler {
        void row(UUID responseId, UUID personId, UUID organisationId, String organisationType, String topicScores);
    }

    record InvitedCount(UUID organisationId, String organisationType, int invited, int finished) {}

    record WrittenWish(String text, @Nullable UUID topicId) {}

    record RawAnswer(UUID responseId, UUID itemId, @Nullable String choice, @Nullable String text) {}

    private final JdbcClient jdbc;

    ResponseRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void finishedScores(UUID campaignId, InviteeScope scope, NeedsFilter filter, ScoresHandler handler) {
        if (!scope.all() && scope.organisationIds().isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("select id, person_id, organisation_id, organisation_type, topic_scores from diagnosis_response"
                + " where campaign_id = :campaign and submitted_at is not null and topic_scores is not null");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("campaign", campaignId));
        restrict(sql, parameters, scope, filter, "");
        jdbc.sql(sql.toString()).params(parameters).query(rs -> {
            handler.row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5));
        });
    }

    List<InvitedCount> invited(UUID campaignId, InviteeScope scope) {
        if (!scope.all() && scope.organisationIds().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select organisation_id, organisation_type, count(*), count(submitted_at) from diagnosis_response"
                + " where campaign_id = :campaign");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("campaign", campaignId));
        restrict(sql, parameters, scope, NeedsFilter.NONE, "");
        sql.append(" group by organisation_id, organisation_type");
        return jdbc.sql(sql.toString()).params(parameters)
                .query((rs, row) -> new InvitedCount(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
    }

    List<WrittenWish> wishes(UUID campaignId, InviteeScope scope, NeedsFilter filter) {
        if (!scope.all() && scope.organisationIds().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select a.text, i.topic_id from diagnosis_answer a"
                + " join diagnosis_response r on r.id = a.response_id join instrument_item i on i.id = a.item_id"
                + " where r.campaign_id = :campaign and r.submitted_at is not null and i.kind = 'FREE_TEXT' and a.text is not null");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("campaign", campaignId));
        restrict(sql, parameters, scope, filter, "r.");
        sql.append(" order by i.position, r.submitted_at, r.id");
        return jdbc.sql(sql.toString()).params(parameters)
                .query((rs, row) -> new WrittenWish(rs.getString(1), rs.getObject(2, UUID.class))).list();
    }

    List<RawAnswer> answers(UUID campaignId, InviteeScope scope) {
        if (!scope.all() && scope.organisationIds().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select a.response_id, a.item_id, a.choice, a.text from diagnosis_answer a"
                + " join diagnosis_response r on r.id = a.response_id where r.campaign_id = :campaign and r.submitted_at is not null");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("campaign", campaignId));
        restrict(sql, parameters, scope, NeedsFilter.NONE, "r.");
        List<RawAnswer> answers = new ArrayList<>();
        jdbc.sql(sql.toString()).params(parameters).query(rs -> {
            answers.add(new RawAnswer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)));
        });
        return answers;
    }

    private static void restrict(StringBuilder sql, Map<String, Object> parameters, InviteeScope scope, NeedsFilter filter, String alias) {
        if (!scope.all()) {
            sql.append(" and ").append(alias).append("organisation_id in (:organisations)");
            parameters.put("organisations", List.copyOf(scope.organisationIds()));
        }
        if (filter.organisationType() != null) {
            sql.append(" and ").append(alias).append("organisation_type = :type");
            parameters.put("type", filter.organisationType());
        }
        if (filter.organisationId() != null) {
            sql.append(" and ").append(alias).append("organisation_id = :organisation");
            parameters.put("organisation", filter.organisationId());
        }
    }
}
