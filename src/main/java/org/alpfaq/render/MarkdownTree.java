package org.alpfaq.render;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.alpfaq.kb.ByteReader;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * A Markdown syntax tree in bytes. The build parses each entry's Markdown once and stores the tree
 * in the index; {@code explain} rebuilds the nodes from it and renders them, without starting
 * commonmark's parser (its block and inline parsers, and the regular expressions they compile,
 * were a third of {@code explain}'s start-up). Only what {@link TerminalMarkdown} reads is kept.
 */
public final class MarkdownTree {
    private MarkdownTree() {}

    private static final int END = 0;
    private static final int DOCUMENT = 1;
    private static final int HEADING = 2;
    private static final int PARAGRAPH = 3;
    private static final int BULLET_LIST = 4;
    private static final int ORDERED_LIST = 5;
    private static final int LIST_ITEM = 6;
    private static final int FENCED_CODE = 7;
    private static final int INDENTED_CODE = 8;
    private static final int BLOCK_QUOTE = 9;
    private static final int THEMATIC_BREAK = 10;
    private static final int TABLE = 11;
    private static final int TABLE_HEAD = 12;
    private static final int TABLE_BODY = 13;
    private static final int TABLE_ROW = 14;
    private static final int TABLE_CELL = 15;
    private static final int HTML_BLOCK = 16;
    private static final int TEXT = 17;
    private static final int CODE = 18;
    private static final int EMPHASIS = 19;
    private static final int STRONG = 20;
    private static final int LINK = 21;
    private static final int IMAGE = 22;
    private static final int SOFT_BREAK = 23;
    private static final int HARD_BREAK = 24;
    private static final int HTML_INLINE = 25;

    /** The Markdown parsed as {@link TerminalMarkdown} parses it, in bytes. */
    public static byte[] compile(String markdown) {
        Node doc = TerminalMarkdown.parse(markdown);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            write(doc, out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Node n, DataOutputStream out) throws IOException {
        if (n instanceof Document) {
            out.writeByte(DOCUMENT);
        } else if (n instanceof Heading h) {
            out.writeByte(HEADING);
            out.writeByte(h.getLevel());
        } else if (n instanceof Paragraph) {
            out.writeByte(PARAGRAPH);
        } else if (n instanceof BulletList b) {
            out.writeByte(BULLET_LIST);
            out.writeBoolean(b.isTight());
        } else if (n instanceof OrderedList o) {
            out.writeByte(ORDERED_LIST);
            out.writeBoolean(o.isTight());
            out.writeInt(o.getMarkerStartNumber() == null ? -1 : o.getMarkerStartNumber());
        } else if (n instanceof ListItem) {
            out.writeByte(LIST_ITEM);
        } else if (n instanceof FencedCodeBlock f) {
            out.writeByte(FENCED_CODE);
            str(out, f.getInfo());
            str(out, f.getLiteral());
        } else if (n instanceof IndentedCodeBlock c) {
            out.writeByte(INDENTED_CODE);
            str(out, c.getLiteral());
        } else if (n instanceof BlockQuote) {
            out.writeByte(BLOCK_QUOTE);
        } else if (n instanceof ThematicBreak) {
            out.writeByte(THEMATIC_BREAK);
        } else if (n instanceof TableBlock) {
            out.writeByte(TABLE);
        } else if (n instanceof TableHead) {
            out.writeByte(TABLE_HEAD);
        } else if (n instanceof TableBody) {
            out.writeByte(TABLE_BODY);
        } else if (n instanceof TableRow) {
            out.writeByte(TABLE_ROW);
        } else if (n instanceof TableCell c) {
            out.writeByte(TABLE_CELL);
            out.writeBoolean(c.isHeader());
            out.writeByte(c.getAlignment() == null ? 0 : c.getAlignment().ordinal() + 1);
        } else if (n instanceof HtmlBlock h) {
            out.writeByte(HTML_BLOCK);
            str(out, h.getLiteral());
        } else if (n instanceof Text t) {
            out.writeByte(TEXT);
            str(out, t.getLiteral());
        } else if (n instanceof Code c) {
            out.writeByte(CODE);
            str(out, c.getLiteral());
        } else if (n instanceof Emphasis) {
            out.writeByte(EMPHASIS);
        } else if (n instanceof StrongEmphasis) {
            out.writeByte(STRONG);
        } else if (n instanceof Link l) {
            out.writeByte(LINK);
            str(out, l.getDestination());
            str(out, l.getTitle());
        } else if (n instanceof Image i) {
            out.writeByte(IMAGE);
            str(out, i.getDestination());
            str(out, i.getTitle());
        } else if (n instanceof SoftLineBreak) {
            out.writeByte(SOFT_BREAK);
        } else if (n instanceof HardLineBreak) {
            out.writeByte(HARD_BREAK);
        } else if (n instanceof HtmlInline h) {
            out.writeByte(HTML_INLINE);
            str(out, h.getLiteral());
        } else {
            // A new kind of node would be rendered differently from the source: fail the build.
            throw new IllegalArgumentException("no byte form for Markdown node " + n.getClass().getSimpleName());
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            write(c, out);
        }
        out.writeByte(END);
    }

    /** A string that may be null: its length plus one (0 for null), then its UTF-8 bytes. */
    private static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(0);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length + 1);
        out.write(b);
    }

    private static String str(ByteReader r) {
        int n = r.i32();
        if (n == 0) {
            return null;
        }
        return new String(r.bytes(n - 1), StandardCharsets.UTF_8);
    }

    /** The tree {@link #compile} wrote; throws IllegalStateException when the bytes are damaged. */
    public static Node read(byte[] bytes) {
        try {
            ByteReader r = new ByteReader(bytes, 0);
            return node(r);
        } catch (RuntimeException e) {
            throw new IllegalStateException("damaged Markdown tree: " + e.getMessage(), e);
        }
    }

    private static Node node(ByteReader r) {
        int type = r.u8();
        Node n;
        switch (type) {
            case DOCUMENT -> n = new Document();
            case HEADING -> {
                Heading h = new Heading();
                h.setLevel(r.u8());
                n = h;
            }
            case PARAGRAPH -> n = new Paragraph();
            case BULLET_LIST -> {
                BulletList b = new BulletList();
                b.setTight(r.bool());
                n = b;
            }
            case ORDERED_LIST -> {
                OrderedList o = new OrderedList();
                o.setTight(r.bool());
                int start = r.i32();
                o.setMarkerStartNumber(start < 0 ? null : start);
                n = o;
            }
            case LIST_ITEM -> n = new ListItem();
            case FENCED_CODE -> {
                FencedCodeBlock f = new FencedCodeBlock();
                f.setInfo(str(r));
                f.setLiteral(str(r));
                n = f;
            }
            case INDENTED_CODE -> {
                IndentedCodeBlock c = new IndentedCodeBlock();
                c.setLiteral(str(r));
                n = c;
            }
            case BLOCK_QUOTE -> n = new BlockQuote();
            case THEMATIC_BREAK -> n = new ThematicBreak();
            case TABLE -> n = new TableBlock();
            case TABLE_HEAD -> n = new TableHead();
            case TABLE_BODY -> n = new TableBody();
            case TABLE_ROW -> n = new TableRow();
            case TABLE_CELL -> {
                TableCell c = new TableCell();
                c.setHeader(r.bool());
                int a = r.u8();
                c.setAlignment(a == 0 ? null : TableCell.Alignment.values()[a - 1]);
                n = c;
            }
            case HTML_BLOCK -> {
                HtmlBlock h = new HtmlBlock();
                h.setLiteral(str(r));
                n = h;
            }
            case TEXT -> n = new Text(str(r));
            case CODE -> n = new Code(str(r));
            case EMPHASIS -> n = new Emphasis();
            case STRONG -> n = new StrongEmphasis();
            case LINK -> n = new Link(str(r), str(r));
            case IMAGE -> n = new Image(str(r), str(r));
            case SOFT_BREAK -> n = new SoftLineBreak();
            case HARD_BREAK -> n = new HardLineBreak();
            case HTML_INLINE -> {
                HtmlInline h = new HtmlInline();
                h.setLiteral(str(r));
                n = h;
            }
            default -> throw new IllegalStateException("unknown node type " + type);
        }
        while (r.peekU8() != END) {
            n.appendChild(node(r));
        }
        r.u8(); // END
        return n;
    }
}
