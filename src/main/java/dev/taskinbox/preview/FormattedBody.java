package dev.taskinbox.preview;

import dev.taskinbox.task.SendChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The message as the prospect will read it, formatted (bold, italic, lists, links) from text runs
 * only: no script runs, nothing remote loads, and a link opens in the browser only when the rep
 * clicks it. Unresolved {{variables}} are picked out so the rep cannot miss them.
 */
final class FormattedBody extends ScrollPane {
    private static final Pattern UNRESOLVED = SendChecks.PLACEHOLDER;
    private final TextFlow flow = new TextFlow();
    private Consumer<String> linkOpener = link -> { };

    FormattedBody() {
        setContent(flow);
        setId("preview-body");
        setAccessibleText("Message as the prospect will read it");
        setFitToWidth(true);
        getStyleClass().add(PreviewStyles.BODY);
        flow.setId("preview-body-flow");
        flow.getStyleClass().add(PreviewStyles.BODY_FLOW);
    }

    void setLinkOpener(Consumer<String> opener) {
        this.linkOpener = opener;
    }

    void show(String html) {
        List<Node> nodes = new ArrayList<>();
        for (HtmlRuns.Run run : HtmlRuns.parse(html)) {
            if (run.link() != null) {
                Hyperlink link = new Hyperlink(run.text());
                link.getStyleClass().add(PreviewStyles.HTML_LINK);
                link.setId("preview-link-" + nodes.size());
                link.setAccessibleText("Link to " + run.link());
                link.setTooltip(new Tooltip(run.link()));
                link.setOnAction(event -> linkOpener.accept(run.link()));
                nodes.add(link);
            } else {
                addText(nodes, run);
            }
        }
        flow.getChildren().setAll(nodes);
    }

    /** A run of text, with any unresolved {{variable}} in it picked out. */
    private static void addText(List<Node> nodes, HtmlRuns.Run run) {
        Matcher matcher = UNRESOLVED.matcher(run.text());
        int from = 0;
        while (matcher.find()) {
            if (matcher.start() > from) {
                nodes.add(styledText(run.text().substring(from, matcher.start()), run));
            }
            Text variable = styledText(matcher.group(), run);
            variable.getStyleClass().add(PreviewStyles.HTML_UNRESOLVED);
            nodes.add(variable);
            from = matcher.end();
        }
        if (from < run.text().length() || from == 0) {
            nodes.add(styledText(run.text().substring(from), run));
        }
    }

    private static Text styledText(String value, HtmlRuns.Run run) {
        Text text = new Text(value);
        text.getStyleClass().add(PreviewStyles.HTML_TEXT);
        if (run.bold()) {
            text.getStyleClass().add(PreviewStyles.HTML_BOLD);
        }
        if (run.italic()) {
            text.getStyleClass().add(PreviewStyles.HTML_ITALIC);
        }
        return text;
    }
}
