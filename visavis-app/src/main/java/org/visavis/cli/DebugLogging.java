package org.visavis.cli;

import java.io.PrintWriter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What {@code --debug} switches on for one run: the DEBUG messages of visavis's loggers (the
 * aligner's stage timings and fitted models) written, one a line, to the command's stderr.
 * Outside the command line a java.util.logging configuration giving {@code org.visavis} the
 * level FINE does the same.
 */
final class DebugLogging implements AutoCloseable {

    /** Held here: java.util.logging keeps its loggers only weakly. */
    private final Logger logger = Logger.getLogger("org.visavis");
    private final Level previousLevel;
    private final Handler handler;

    private DebugLogging(PrintWriter err) {
        previousLevel = logger.getLevel();
        handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (isLoggable(r)) {
                    err.println(getFormatter().formatMessage(r));
                }
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                flush();
            }
        };
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                return formatMessage(r);
            }
        });
        handler.setLevel(Level.ALL);
        logger.setLevel(Level.FINE);
        logger.addHandler(handler);
    }

    /** Debug messages to {@code err} until {@link #close()}. */
    static DebugLogging to(PrintWriter err) {
        return new DebugLogging(err);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(previousLevel);
        handler.flush();
    }
}
