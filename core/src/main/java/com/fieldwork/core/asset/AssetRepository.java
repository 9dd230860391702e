package com.fieldwork.core.asset;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;

import java.util.List;
import java.util.Optional;

/** Where assets are kept. Every write is one audited, versioned transaction on the change feed. */
public interface AssetRepository {

    /** @throws com.fieldwork.core.common.ConflictException when the make already has this serial number */
    Asset create(AssetDetails asset, Actor actor);

    Optional<Asset> find(long id);

    /** @throws NotFoundException when there is no such asset */
    default Asset get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("asset", id));
    }

    /** @throws com.fieldwork.core.common.ConcurrentModificationException naming who changed it and when */
    Asset update(long id, long expectedVersion, AssetDetails asset, Actor actor);

    /** By type, make and model. */
    List<Asset> assetsAt(long siteId);

    /** Serial numbers are unique per make only, so several makes may share one (ignores case). */
    List<Asset> findBySerial(String serialNumber);

    /**
     * The work orders raised on the asset, newest first (by completion, else creation).
     *
     * @throws NotFoundException when there is no such asset
     */
    List<AssetServiceRecord> serviceHistory(long assetId);
}
