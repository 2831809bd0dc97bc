package dev.glossarytutor.nlp;
public class AnalyzerProbe {
    public static void main(String[] a) {
        Analyzer an = new Analyzer();
        for (String s : a) { for (Token t : an.analyze(s)) System.out.print(t.text()+"/"+t.pos()+"/"+t.lemma()+" "); System.out.println(); }
    }
}
