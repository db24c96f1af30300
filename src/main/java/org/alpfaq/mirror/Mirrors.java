package org.alpfaq.mirror;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in mirror table. Full base URLs, because not every mirror serves Alpine under
 * {@code /alpine/}. Sources: mirrors.alpinelinux.org's list and the mirrors' own help pages
 * (see docs/mirrors.md).
 */
public final class Mirrors {
    private Mirrors() {}

    public static final List<Mirror> ALL = List.of(
            new Mirror("cdn", "Worldwide (Fastly CDN, the default)", "https://dl-cdn.alpinelinux.org/alpine/",
                    List.of("https://dl-2.alpinelinux.org/alpine/", "https://dl-3.alpinelinux.org/alpine/",
                            "https://dl-4.alpinelinux.org/alpine/", "https://dl-5.alpinelinux.org/alpine/")),
            new Mirror("tuna", "China, Beijing (Tsinghua University TUNA)", "https://mirrors.tuna.tsinghua.edu.cn/alpine/"),
            new Mirror("ustc", "China, Hefei (USTC)", "https://mirrors.ustc.edu.cn/alpine/"),
            new Mirror("aliyun", "China (Alibaba Cloud)", "https://mirrors.aliyun.com/alpine/"),
            new Mirror("sjtug", "China, Shanghai (SJTU SJTUG)", "https://mirrors.sjtug.sjtu.edu.cn/alpine/",
                    List.of("https://mirror.sjtu.edu.cn/alpine/")),
            new Mirror("nju", "China, Nanjing (Nanjing University)", "https://mirrors.nju.edu.cn/alpine/",
                    List.of("https://mirror.nju.edu.cn/alpine/")),
            new Mirror("tencent", "China (Tencent Cloud)", "https://mirrors.cloud.tencent.com/alpine/"),
            new Mirror("huawei", "China (Huawei Cloud)", "https://repo.huaweicloud.com/alpine/",
                    List.of("https://mirrors.huaweicloud.com/alpine/")),
            new Mirror("bfsu", "China, Beijing (Beijing Foreign Studies University)", "https://mirrors.bfsu.edu.cn/alpine/"),
            new Mirror("hust", "China, Wuhan (HUST)", "https://mirrors.hust.edu.cn/alpine/"),
            new Mirror("lzu", "China, Lanzhou (Lanzhou University)", "https://mirror.lzu.edu.cn/alpine/"),
            new Mirror("zju", "China, Hangzhou (Zhejiang University)", "https://mirrors.zju.edu.cn/alpine/"),
            new Mirror("sustech", "China, Shenzhen (SUSTech)", "https://mirrors.sustech.edu.cn/alpine/"),
            new Mirror("uk", "United Kingdom (alpinelinux.org)", "https://uk.alpinelinux.org/alpine/"),
            new Mirror("kernel-sjc", "USA, San Jose (kernel.org)", "https://sjc.edge.kernel.org/alpine/"),
            new Mirror("kernel-ams", "Netherlands, Amsterdam (kernel.org)", "https://ams.edge.kernel.org/alpine/"),
            new Mirror("kernel-ewr", "USA, Newark (kernel.org)", "https://ewr.edge.kernel.org/alpine/"),
            new Mirror("leaseweb", "Worldwide (LeaseWeb)", "https://mirror.leaseweb.com/alpine/"),
            new Mirror("dotsrc", "Denmark (dotsrc.org)", "https://mirrors.dotsrc.org/alpine/"),
            new Mirror("berkeley", "USA, Berkeley (OCF)", "https://mirrors.ocf.berkeley.edu/alpine/"),
            new Mirror("umu", "Sweden, Umeå (ACC)", "https://ftp.acc.umu.se/mirror/alpinelinux.org/"),
            new Mirror("princeton", "USA, Princeton", "https://mirror.math.princeton.edu/pub/alpinelinux/"));

    public static Optional<Mirror> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(m -> m.name().equals(n)).findFirst();
    }

    /** The known mirror serving {@code base}, whatever its scheme and trailing slash. */
    public static Optional<Mirror> byBase(String base) {
        String key = key(base);
        return ALL.stream()
                .filter(m -> key(m.url()).equals(key) || m.otherUrls().stream().anyMatch(u -> key(u).equals(key)))
                .findFirst();
    }

    static String key(String url) {
        String u = url.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    public static List<String> names() {
        return ALL.stream().map(Mirror::name).toList();
    }
}
