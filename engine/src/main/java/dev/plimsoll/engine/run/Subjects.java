package dev.plimsoll.engine.run;

import dev.plimsoll.grammar.ast.BuildArg;
import dev.plimsoll.grammar.ast.BuildSubject;
import dev.plimsoll.grammar.ast.ImageSubject;
import dev.plimsoll.grammar.ast.Subject;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.VariableRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a subject's texts refer to, so that a scenario whose matrix changes them gets its own image. */
final class Subjects {
    private Subjects() {}

    /** Every {@code ${NAME}} in the subject's reference, context, dockerfile, build args and target. */
    static Set<String> variables(Subject subject) {
        List<Text> texts = new ArrayList<>();
        if (subject instanceof ImageSubject image) {
            texts.add(image.reference());
        } else if (subject instanceof BuildSubject build) {
            texts.add(build.context());
            build.dockerfile().ifPresent(texts::add);
            build.args().stream().map(BuildArg::value).forEach(texts::add);
            build.target().ifPresent(texts::add);
        }
        Set<String> names = new LinkedHashSet<>();
        texts.forEach(text -> text.parts().stream()
                .filter(VariableRef.class::isInstance)
                .map(part -> ((VariableRef) part).name())
                .forEach(names::add));
        return names;
    }
}
