package nl.codewerk.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Reads the query syntax people know from search engines and NVivo: words (all must occur in
 * the turn), "exact phrases", AND/OR/NOT (also EN/OF/NIET), parentheses, wildcards
 * ({@code mentor*}, {@code m?eder}), proximity ({@code "jim moeder"~5}) and fuzzy words
 * ({@code mentr~}). A word on its own matches every form with the same Dutch stem; a quoted
 * phrase, a wildcard and a fuzzy word match words as written (ignoring case and diacritics).
 * Stop words are dropped from words on their own but kept in phrases. Everything that cannot
 * be read becomes a {@link SearchQueryException} with a message, never a parser exception.
 */
final class UserQueryParser {

    private static final Map<String, String> DUTCH_OPERATORS = Map.of("EN", "AND", "OF", "OR", "NIET", "NOT");

    private UserQueryParser() {
    }

    static Query parse(String text, StemForms forms) {
        if (text == null || text.isBlank()) {
            throw new SearchQueryException("search.emptyQuery");
        }
        checkBalanced(text);
        String prepared = prepare(text);
        Query query = parse(text, prepared, true, forms);
        if (!hasPositiveClause(query)) {
            // A query of stop words only ("de", "het een") still means those words.
            query = parse(text, prepared, false, forms);
        }
        if (!hasPositiveClause(query)) {
            if (query instanceof BooleanQuery b && !b.clauses().isEmpty()) {
                throw new SearchQueryException("search.onlyNegative", text);
            }
            throw new SearchQueryException("search.noWords", text);
        }
        return query;
    }

    private static Query parse(String original, String prepared, boolean dropStopWords, StemForms forms) {
        Parser parser = new Parser(dropStopWords, forms);
        try {
            return parser.parse(prepared);
        } catch (ParseException e) {
            throw syntaxError(original, e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new SearchQueryException(e, "search.tooManyWords", original);
        }
    }

    private static SearchQueryException syntaxError(String original, ParseException e) {
        Throwable cause = e.getCause() instanceof ParseException p ? p : e;
        if (cause instanceof ParseException p && p.currentToken != null && p.currentToken.next != null) {
            org.apache.lucene.queryparser.classic.Token next = p.currentToken.next;
            if (next.kind == 0) {
                return new SearchQueryException(e, "search.syntaxAtEnd", original);
            }
            return new SearchQueryException(e, "search.syntaxAt", original, next.image, next.beginColumn);
        }
        return new SearchQueryException(e, "search.syntax", original);
    }

    /** Unbalanced quotes and brackets get a message of their own: they are the common slip. */
    private static void checkBalanced(String text) {
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                if (--depth < 0) {
                    throw new SearchQueryException("search.unbalancedParenthesis", text);
                }
            }
        }
        if (quoted) {
            throw new SearchQueryException("search.unbalancedQuote", text);
        }
        if (depth != 0) {
            throw new SearchQueryException("search.unbalancedParenthesis", text);
        }
    }

    /**
     * Outside quotes: a colon or slash is text, not field or regular-expression syntax (people
     * search for "10:30" and "en/of"), and the Dutch operators EN, OF, NIET become AND, OR, NOT.
     */
    static String prepare(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ':' || c == '/')) {
                out.append('\\');
            } else if (!quoted && Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = i;
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                boolean standalone = end == text.length() || Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '(';
                String operator = DUTCH_OPERATORS.get(word);
                if (operator != null && standalone && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == ')')) {
                    out.append(operator);
                    i = end;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean hasPositiveClause(Query query) {
        if (query instanceof BooleanQuery b) {
            for (BooleanClause clause : b.clauses()) {
                if (clause.occur() != BooleanClause.Occur.MUST_NOT && hasPositiveClause(clause.query())) {
                    return true;
                }
            }
            return false;
        }
        return query != null;
    }

    /** The classic parser with our choice of terms for each kind of clause. */
    private static final class Parser extends QueryParser {

        /** Stands for "~" without a number: no one types this similarity. */
        private static final float AUTO_FUZZY = 0.000123f;

        private final boolean dropStopWords;
        private final StemForms forms;

        Parser(boolean dropStopWords, StemForms forms) {
            super(TurnDocuments.TEXT, SearchAnalysis.wordAnalyzer());
            this.dropStopWords = dropStopWords;
            this.forms = forms;
            setDefaultOperator(Operator.AND);
            setAllowLeadingWildcard(true);
            setSplitOnWhitespace(true);
            setFuzzyMinSim(AUTO_FUZZY);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) {
            List<SearchAnalysis.Token> tokens = SearchAnalysis.tokens(SearchAnalysis.wordAnalyzer(), queryText);
            if (quoted) {
                return phrase(tokens, true);
            }
            if (tokens.size() == 1) {
                String word = tokens.getFirst().folded();
                if (dropStopWords && SearchAnalysis.isStopWord(word)) {
                    return null;
                }
                return forms.query(word);
            }
            // "jim-moeder" typed without quotes: the words in that order, each by its stem.
            return phrase(tokens, false);
        }

        private Query phrase(List<SearchAnalysis.Token> tokens, boolean exact) {
            if (tokens.isEmpty()) {
                return null;
            }
            if (tokens.size() == 1) {
                String word = tokens.getFirst().folded();
                return exact ? new TermQuery(new Term(TurnDocuments.TEXT, word)) : forms.query(word);
            }
            if (exact) {
                PhraseQuery.Builder builder = new PhraseQuery.Builder();
                for (SearchAnalysis.Token token : tokens) {
                    builder.add(new Term(TurnDocuments.TEXT, token.folded()), token.position());
                }
                return builder.build();
            }
            MultiPhraseQuery.Builder builder = new MultiPhraseQuery.Builder();
            for (SearchAnalysis.Token token : tokens) {
                List<String> words = forms.formsOf(token.folded());
                if (words.isEmpty()) {
                    return new org.apache.lucene.search.MatchNoDocsQuery("a word of the phrase is not indexed");
                }
                builder.add(words.stream().map(t -> new Term(TurnDocuments.TEXT, t)).toArray(Term[]::new), token.position());
            }
            return builder.build();
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            String pattern = SearchAnalysis.fold(termStr);
            if (pattern.chars().allMatch(ch -> ch == '*' || ch == '?')) {
                throw new ParseException("wildcard without letters");
            }
            return new WildcardQuery(new Term(TurnDocuments.TEXT, pattern));
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) {
            return new PrefixQuery(new Term(TurnDocuments.TEXT, SearchAnalysis.fold(termStr)));
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) {
            String word = SearchAnalysis.fold(termStr);
            int edits;
            if (minSimilarity == AUTO_FUZZY) {
                // As search engines do: short words allow one typo, longer words two, so
                // "mentr~" finds "mentor" but not "met".
                edits = word.length() <= 2 ? 0 : word.length() <= 5 ? 1 : 2;
            } else {
                edits = minSimilarity >= 1f ? (int) minSimilarity : FuzzyQuery.floatToEdits(minSimilarity, word.length());
            }
            edits = Math.max(0, Math.min(FuzzyQuery.defaultMaxEdits, edits));
            return new FuzzyQuery(new Term(TurnDocuments.TEXT, word), edits, 0);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive) {
            throw new SearchQueryException("search.rangeUnsupported", "[" + part1 + " TO " + part2 + "]");
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) {
            throw new SearchQueryException("search.syntax", "/" + termStr + "/");
        }
    }
}
