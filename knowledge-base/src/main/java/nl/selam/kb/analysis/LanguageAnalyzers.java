package nl.selam.kb.analysis;

import nl.selam.kb.content.Lexicon;
import nl.selam.kb.language.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The analysis chain of each language, built from the editors' word lists.
 *
 * <p>Every chain first normalises letters, drops a tiny stop list and stems; the editors' synonyms and
 * loanwords are then applied to the stemmed words, so a list entry matches whatever inflection a resident
 * types. The same analyzer serves indexing and queries.
 */
public final class LanguageAnalyzers {

    private static final Pattern REPEATS = Pattern.compile("(.)\\1{2,}");
    /**
     * The accusative ending -اً (alef with tanween fath, written before or after the mark): عملاً، مجاناً، بيتاً
     * are عمل، مجان، بيت. Without this the alef stays after the diacritics are removed and the stemmer reads it as a
     * suffix of another kind (مجاناً became مجا). Only with the mark: a bare final alef (هنا، انا) is part of the word.
     */
    private static final Pattern TANWEEN_ALEF = Pattern.compile("^(.{2,}?)(?:\u0627\u064B|\u064B\u0627)$");

    private final Map<Language, Analyzer> full = new EnumMap<>(Language.class);
    private final Map<Language, List<String>> synonymErrors = new EnumMap<>(Language.class);
    private final Analyzer tigrinyaGrams;
    private final Map<Language, VocabularyVariants> variants;

    public LanguageAnalyzers(Lexicon lexicon) {
        this(lexicon, Map.of());
    }

    /**
     * @param variants per language, the known forms of words the content does not use as written (Tigrinya
     *                 affixes and loanword spellings, Dutch spelling by ear); a language without an entry has none
     */
    public LanguageAnalyzers(Lexicon lexicon, Map<Language, VocabularyVariants> variants) {
        this.variants = Map.copyOf(variants);
        for (Language language : Language.answeredLanguages()) {
            Set<String> stop = stopwords(language, lexicon.stopwordsFor(language));
            StemmerOverrideFilter.StemmerOverrideMap stems = stemOverrides(language, lexicon.stemsFor(language));
            Analyzer base = baseAnalyzer(language, stop, stems);
            SynonymMap synonyms = synonyms(language, base, lexicon);
            Set<String> compoundParts = new HashSet<>();
            if (language == Language.NL) {
                // the filter sees stemmed words: a part at the end of a compound is found in its stemmed form
                compoundParts.addAll(lexicon.dutchCompoundParts());
                compoundParts.addAll(stemmedParts(base, lexicon.dutchCompoundParts()));
            }
            full.put(language, fullAnalyzer(language, stop, stems, synonyms, compoundParts));
        }
        Set<String> tiStop = stopwords(Language.TI, lexicon.stopwordsFor(Language.TI));
        tigrinyaGrams = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new ICUTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                s = new CharMappingFilter(s, GeezLetters::fold);
                s = new DropWordsFilter(s, tiStop);
                s = new SkeletonFilter(s);
                s = new NGramTokenFilter(s, 2, 3, true);
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return ethiopicPunctuation(reader);
            }
        };
    }

    /** The analyzer for the question field of a language (index and query side). */
    public Analyzer forLanguage(Language language) {
        Analyzer a = full.get(language);
        if (a == null) {
            throw new IllegalArgumentException("no analyzer for " + language);
        }
        return a;
    }

    /** Character n-grams of the Tigrinya consonant skeleton, for a low-weight field. */
    public Analyzer tigrinyaGrams() {
        return tigrinyaGrams;
    }

    /** Synonym lines that could not be used (e.g. they analyse to nothing), for the content checks. */
    public Map<Language, List<String>> synonymErrors() {
        return Collections.unmodifiableMap(synonymErrors);
    }

    /** The analysed terms of a text, in order. */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Set<String> stopwords(Language language, Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(switch (language) {
                case AR -> ArabicLetters.fold(w);
                case TI -> GeezLetters.fold(w);
                default -> w;
            });
        }
        return out;
    }

    private Analyzer baseAnalyzer(Language language, Set<String> stop,
                                  StemmerOverrideFilter.StemmerOverrideMap stems) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = language == Language.TI ? new ICUTokenizer() : new StandardTokenizer();
                return new TokenStreamComponents(source, baseChain(language, source, stop, stems));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return language == Language.TI ? ethiopicPunctuation(reader) : reader;
            }
        };
    }

    private Analyzer fullAnalyzer(Language language, Set<String> stop, StemmerOverrideFilter.StemmerOverrideMap stems,
                                  SynonymMap synonyms, Set<String> parts) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = language == Language.TI ? new ICUTokenizer() : new StandardTokenizer();
                TokenStream s = baseChain(language, source, stop, stems);
                if (synonyms != null && synonyms.fst != null) {
                    s = new SynonymGraphFilter(s, synonyms, true);
                }
                if (!parts.isEmpty()) {
                    s = new DictionaryCompoundWordTokenFilter(s, new CharArraySet(parts, false), 6, 3, 15, true);
                    s = new CompoundPartStemFilter(s);
                }
                // no FlattenGraphFilter: only term statistics are used, never positions, so a synonym graph is harmless
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return language == Language.TI ? ethiopicPunctuation(reader) : reader;
            }
        };
    }

    private TokenStream baseChain(Language language, Tokenizer source, Set<String> stop,
                                  StemmerOverrideFilter.StemmerOverrideMap stems) {
        TokenStream s = new LowerCaseFilter(source);
        VocabularyVariants known = variants.get(language);
        switch (language) {
            case TI -> {
                s = new CharMappingFilter(s, fold(GeezLetters::fold, GeezLetters::digits));
                if (known != null) {
                    s = new VocabularyVariantFilter(s, known);
                }
                s = new DropWordsFilter(s, stop);
                s = overrides(s, stems);
                s = LightAffixStemFilter.tigrinya(s);
            }
            case AR -> {
                s = new DecimalDigitFilter(s);
                s = new PatternReplaceFilter(s, TANWEEN_ALEF, "$1", false);
                s = new ArabicNormalizationFilter(s);
                s = new PersianNormalizationFilter(s);
                s = new CharMappingFilter(s, ArabicLetters::fold);
                s = new PatternReplaceFilter(s, REPEATS, "$1", true);
                s = new DropWordsFilter(s, stop);
                s = overrides(s, stems);
                s = new ArabicStemFilter(s);
                s = LightAffixStemFilter.levantine(s);
            }
            case NL -> {
                s = new ASCIIFoldingFilter(s);
                if (known != null) {
                    s = new VocabularyVariantFilter(s, known);
                }
                s = new DropWordsFilter(s, stop);
                s = overrides(s, stems);
                s = new SnowballFilter(s, new DutchStemmer());
            }
            case EN -> {
                s = new ASCIIFoldingFilter(s);
                s = new EnglishPossessiveFilter(s);
                s = new DropWordsFilter(s, stop);
                s = overrides(s, stems);
                s = new PorterStemFilter(s);
            }
            default -> throw new IllegalArgumentException("no analysis for " + language);
        }
        return s;
    }

    private static TokenStream overrides(TokenStream s, StemmerOverrideFilter.StemmerOverrideMap stems) {
        return stems == null ? s : new StemmerOverrideFilter(s, stems);
    }

    /** Editors' stemmer corrections, keyed by the folded form the chain has at that point. */
    private static StemmerOverrideFilter.StemmerOverrideMap stemOverrides(Language language, Map<String, String> stems) {
        if (stems.isEmpty()) {
            return null;
        }
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        stems.forEach((word, stem) -> builder.add(foldFor(language, word), foldFor(language, stem)));
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String foldFor(Language language, String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return switch (language) {
            case AR -> ArabicLetters.fold(lower);
            case TI -> GeezLetters.fold(lower);
            default -> lower;
        };
    }

    private static UnaryOperator<String> fold(UnaryOperator<String> first, UnaryOperator<String> second) {
        return t -> second.apply(first.apply(t));
    }

    private static Reader ethiopicPunctuation(Reader reader) {
        return new MappingCharFilter(ETHIOPIC_PUNCTUATION, reader);
    }

    // Built once: the map is immutable, and building it for every analysed text cost about 6% of a decision.
    private static final NormalizeCharMap ETHIOPIC_PUNCTUATION = ethiopicPunctuationMap();

    private static NormalizeCharMap ethiopicPunctuationMap() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("፡፡", " ። ");
        for (String p : List.of("፡", "፣", "፤", "፥", "፦", "፠", "፨")) {
            map.add(p, " ");
        }
        map.add("፧", " ? ");
        map.add("።", " . ");
        return map.build();
    }

    private SynonymMap synonyms(Language language, Analyzer base, Lexicon lexicon) {
        List<String> lines = new ArrayList<>(lexicon.synonymsFor(language));
        lines.addAll(lexicon.loanwords());
        List<String> errors = new ArrayList<>();
        SolrSynonymParser parser = new SolrSynonymParser(true, false, base);
        for (String line : lines) {
            try {
                parser.parse(new StringReader(line));
            } catch (ParseException | IllegalArgumentException | IOException e) {
                errors.add(line);
            }
        }
        synonymErrors.put(language, List.copyOf(errors));
        try {
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> stemmedParts(Analyzer base, Set<String> parts) {
        Set<String> stemmed = new HashSet<>();
        for (String part : parts) {
            stemmed.addAll(terms(base, "parts", part));
        }
        return stemmed;
    }
}
