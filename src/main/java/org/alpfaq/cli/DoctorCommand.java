package org.alpfaq.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.alpfaq.doctor.Checks;
import org.alpfaq.doctor.Doctor;
import org.alpfaq.doctor.SystemView;
import org.alpfaq.render.DoctorView;
import org.alpfaq.render.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check this system (or an image) for known Alpine trouble before it bites.",
            "Read-only and offline; each finding names the entry that explains the fix."})
final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    AlpfaqCommand root;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = "/", description = "Check a chroot or mounted image at DIR (default: /).")
    Path rootDir;

    @Override
    public Integer call() {
        if (!Files.isDirectory(rootDir)) {
            throw AlpfaqException.usage(root.messages().get("usage.root", rootDir));
        }
        Doctor.Report report = Doctor.run(new SystemView(rootDir, root.ctx.env()), Checks.ALL);
        DoctorView view = new DoctorView(new Theme(root.colorOn()), root.width(), root.messages());
        root.out().print(root.json ? view.json(report) : view.text(report));
        return report.problems() ? ExitCodes.NOT_FOUND : ExitCodes.OK;
    }
}
