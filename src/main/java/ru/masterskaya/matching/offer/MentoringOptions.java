package ru.masterskaya.matching.offer;

import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The administrator's reference data of mentoring forms and kinds: added, renamed, deactivated, never deleted. */
@Service
@Transactional(readOnly = true)
public class MentoringOptions {

    private final MentoringOptionRepository options;

    MentoringOptions(MentoringOptionRepository options) {
        this.options = options;
    }

    public List<MentoringOption> all() {
        return options.findAllByOrderByDimensionAscSortOrderAsc();
    }

    public List<MentoringOption> active() {
        return all().stream().filter(MentoringOption::isActive).toList();
    }

    @Transactional
    public MentoringOption add(MentoringDimension dimension, String name) {
        String clean = name.strip();
        if (options.existsByDimensionAndNameIgnoreCaseAndIdNot(dimension, clean, new UUID(0, 0))) {
            throw new MentoringNameAlreadyUsed(clean);
        }
        int next = all().stream().filter(option -> option.getDimension() == dimension)
                .mapToInt(MentoringOption::getSortOrder).max().orElse(0) + 1;
        return options.save(new MentoringOption(dimension, clean, next));
    }

    @Transactional
    public void rename(UUID id, String name) {
        MentoringOption option = get(id);
        String clean = name.strip();
        if (options.existsByDimensionAndNameIgnoreCaseAndIdNot(option.getDimension(), clean, id)) {
            throw new MentoringNameAlreadyUsed(clean);
        }
        option.rename(clean);
    }

    @Transactional
    public void setActive(UUID id, boolean active) {
        get(id).setActive(active);
    }

    private MentoringOption get(UUID id) {
        return options.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
