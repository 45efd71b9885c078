// SPDX-License-Identifier: MIT
#include "geokg/query/explain.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "../index_list.hpp"
#include "test_graphs.hpp"

namespace {

using namespace geokg::query::testing;
using geokg::sign;
using geokg::statement_kind;
using geokg::statement_status;

class explain_test : public ::testing::Test {
 protected:
  geokg::knowledge_graph g = jku_graph();
};

std::vector<geokg::relation_index> relations_of(const geokg::query::explanation& x) {
  std::vector<geokg::relation_index> out;
  for (const auto& r : x.relations)
    out.push_back(r.relation);
  return out;
}

TEST_F(explain_test, japan_and_korea_after_camp_david_as_data) {
  const auto x = geokg::query::explain(g, JPN, KOR, d("2023-08-19"));
  EXPECT_EQ(x.a.id, "JPN");
  EXPECT_EQ(x.b.name, "Republic of Korea");
  // Dispute (-), normalisation (+), partnership (+): aligned, by start date.
  EXPECT_EQ(x.alignment, sign::positive);
  EXPECT_EQ(relations_of(x), (geokg::test_support::index_list<geokg::relation_index>{9, 3, 14}));
  EXPECT_FALSE(x.relations[0].is_fact());  // the island dispute is marked disputed
  EXPECT_EQ(x.relations[0].status, statement_status::disputed);
  EXPECT_TRUE(x.relations[1].is_fact());
  ASSERT_EQ(x.relations[1].attribution.size(), 1U);
  EXPECT_EQ(x.relations[1].attribution[0].title,
            "Treaty on Basic Relations between Japan and the Republic of Korea");
  EXPECT_EQ(x.relations[1].attribution[0].locator, "Article I");
  EXPECT_EQ(x.relations[2].id, "p_jpn_kor");
  EXPECT_EQ(x.relations[2].attribution[0].quote, "laid the foundation for a long-term alliance");
  // Camp David, within the window and the event of the partnership; not the 2003-2007 talks.
  ASSERT_EQ(x.events.size(), 1U);
  EXPECT_EQ(x.events[0].title, "Camp David trilateral summit");
  EXPECT_EQ(x.events[0].participants.size(), 3U);
  EXPECT_EQ(x.events[0].attribution[0].source_id, "mofa_2023");
  ASSERT_EQ(x.shared_allies.size(), 1U);
  EXPECT_EQ(x.shared_allies[0].id, "USA");
  ASSERT_EQ(x.shared_adversaries.size(), 1U);
  EXPECT_EQ(x.shared_adversaries[0].id, "PRK");
  // Claims: the causal claim about the partnership, the assessment of the partnerships, and the
  // claim about the causal claim; not the claim about the PRK-ROK hostility.
  ASSERT_EQ(x.claims.size(), 3U);
  EXPECT_EQ(x.claims[0].id, "claim_upheavals");
  EXPECT_FALSE(x.claims[0].is_fact());
  ASSERT_EQ(x.claims[0].subjects.size(), 2U);  // the claimed causes
  EXPECT_EQ(x.claims[0].subjects[0].id, "prk_jpn_threat");
  EXPECT_EQ(x.claims[0].subjects[1].text, "relation CHN sanction KOR 2016-07/2017-11");
  EXPECT_EQ(x.claims[0].attribution[0].publisher, "Qonversations");
  EXPECT_EQ(x.claims[1].label, "fragile");
  EXPECT_EQ(x.claims[2].id, "claim_tests");
  EXPECT_EQ(x.claims[2].status, statement_status::disputed);
  EXPECT_EQ(x.claims[2].objects[0].ref, (geokg::statement_ref{statement_kind::claim, 0}));
}

TEST_F(explain_test, japan_and_korea_after_camp_david_as_text) {
  const std::string expected =
      R"(JPN (Japan) and KOR (Republic of Korea) at 2023-08-19: aligned (+)
direct relations active then: 3
  disputed - territorial_dispute JPN -- KOR 1952-01-18/.. [dokdo]
           source: none recorded
  fact     + normalisation JPN -- KOR 1965-12-18/.. [jpn_kor_normalisation]
           source: "Treaty on Basic Relations between Japan and the Republic of Korea", Article I
             quote: "Diplomatic and consular relations shall be established"
  fact     + partnership JPN -- KOR 2023-08-18/.. [p_jpn_kor]
           source: "Tokyo and Seoul are countering China's ambitions", Qonversations
             quote: "laid the foundation for a long-term alliance"
events both take part in: 1
  fact     summit 'Camp David trilateral summit' 2023-08-18 [camp_david]
           participants: USA, JPN, KOR
           source: "The Spirit of Camp David", Ministry of Foreign Affairs, Republic of Korea
             quote: "a new era of trilateral partnership"
shared allies: USA (United States)
shared adversaries: PRK (Democratic People's Republic of Korea)
claims about this evidence: 3
  claimed  causes: geopolitical upheavals drove the rapprochement [claim_upheavals]
           claimed causes:
             - relation PRK threat JPN 2006-10-09/.. [prk_jpn_threat] (fact)
             - relation CHN sanction KOR 2016-07/2017-11 [chn_kor_thaad] (fact)
           claimed effects:
             - relation JPN partnership KOR 2023-08-18/.. [p_jpn_kor] (fact)
           source: "Tokyo and Seoul are countering China's ambitions", Qonversations
             quote: "can be attributed to three major geopolitical upheavals"
  claimed  assessment 'fragile': the trilateral alliance remains fragile [claim_fragile]
           assessed:
             - relation USA partnership JPN 2023-08-18/.. [p_usa_jpn] (fact)
             - relation USA partnership KOR 2023-08-18/.. [p_usa_kor] (fact)
             - relation JPN partnership KOR 2023-08-18/.. [p_jpn_kor] (fact)
           source: "Tokyo and Seoul are countering China's ambitions", Qonversations
             quote: "remains fragile"
  disputed corroborates: the missile tests bear the account out [claim_tests]
           supporting:
             - relation PRK threat JPN 2006-10-09/.. [prk_jpn_threat] (fact)
           supported:
             - claim causes: geopolitical upheavals drove the rapprochement [claim_upheavals] (claimed)
           source: none recorded
)";
  EXPECT_EQ(geokg::query::to_string(geokg::query::explain(g, JPN, KOR, d("2023-08-19"))), expected);
}

TEST_F(explain_test, opposed_china_and_korea_during_the_thaad_sanctions) {
  const auto x = geokg::query::explain(g, CHN, KOR, d("2017"));
  EXPECT_EQ(x.alignment, sign::negative);
  EXPECT_EQ(
      geokg::query::to_string(x),
      "CHN (People's Republic of China) and KOR (Republic of Korea) at 2017: opposed (-)\n"
      "direct relations active then: 1\n"
      "  fact     - sanction CHN -> KOR 2016-07/2017-11 [chn_kor_thaad]\n"
      "           source: \"Tokyo and Seoul are countering China's ambitions\", Qonversations\n"
      "             quote: \"sanctions against South Korea for hosting American anti-missile "
      "systems\"\n"
      "events both take part in: 0\n"
      "shared allies: none\n"
      "shared adversaries: none\n"
      "claims about this evidence: 0\n");
  // Under the "possible" rule, November 2017 may still fall inside the sanctions.
  EXPECT_EQ(geokg::query::explain(g, CHN, KOR, d("2017-11-15")).relations.size(), 0U);
  EXPECT_EQ(
      geokg::query::explain(g, CHN, KOR, d("2017-11-15"), {.rule = geokg::time_rule::possible})
          .relations.size(),
      1U);
}

TEST_F(explain_test, the_event_window_is_an_option) {
  // The six-party talks ended 2007-09-30: within a year of 2008-06-01, not within 30 days.
  EXPECT_EQ(geokg::query::explain(g, JPN, KOR, d("2008-06-01")).events.size(), 1U);
  EXPECT_EQ(geokg::query::explain(g, JPN, KOR, d("2008-06-01"), {.window_days = 30}).events.size(),
            0U);
  // A window wider than the calendar is open at both ends: every shared event counts.
  EXPECT_EQ(geokg::query::explain(g, JPN, KOR, d("1900"), {.window_days = 9'000'000}).events.size(),
            2U);
  EXPECT_EQ(geokg::query::explain(g, JPN, KOR, d("1900"), {.window_days = 0}).events.size(), 0U);
  // Without a direct relation and far from any shared event: nothing but the shared ties.
  const auto x = geokg::query::explain(g, USA, RUS, d("2023-08-19"));
  EXPECT_EQ(x.alignment, sign::neutral);
  EXPECT_TRUE(x.relations.empty() && x.events.empty() && x.claims.empty());
  EXPECT_EQ(x.shared_adversaries.size(), 0U);  // RUS has no adversary in this graph
}

TEST_F(explain_test, an_explanation_outlives_its_graph) {
  geokg::query::explanation x;
  {
    const auto h = jku_graph();
    x = geokg::query::explain(h, JPN, KOR, d("2023-08-19"));
  }
  EXPECT_NE(geokg::query::to_string(x).find("Camp David trilateral summit"), std::string::npos);
}

TEST_F(explain_test, out_of_range_actors_give_an_empty_explanation) {
  const auto x = geokg::query::explain(g, JPN, 999, d("2023"));
  EXPECT_TRUE(x.relations.empty());
  EXPECT_EQ(x.a.index, geokg::no_index);
}

TEST_F(explain_test, describe_names_each_kind_of_statement) {
  EXPECT_EQ(geokg::query::describe(g, g.statement_ref_of("jpn_kor_aid")),
            "relation JPN economic_aid KOR 1965-12-18/1975-12-18");
  EXPECT_EQ(geokg::query::describe(g, g.statement_ref_of("camp_david")),
            "event summit 'Camp David trilateral summit' 2023-08-18");
  EXPECT_EQ(geokg::query::describe(g, g.statement_ref_of("claim_fragile")),
            "claim assessment 'fragile': the trilateral alliance remains fragile");
}

}  // namespace
