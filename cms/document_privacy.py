"""Keep each document's file where its collection's privacy says: public, or under ``private/``.

A document in a collection with a view restriction (on the collection or an ancestor) has its
file stored under ``private/``, which the bucket never serves to anyone without a presigned link
(and which lies outside ``MEDIA_ROOT`` on local disk). Uploads go straight to the right place;
when a restriction is added or removed, a collection moves, or a document changes collection,
the file is copied to its new key, the row updated, and the old key deleted once that commits —
so no row ever points at a missing file.

Serving never depends on where the file is: the document serve view decides from the collection's
restrictions (see ``cms.media_serving``). Files are moved so that a restricted document has no
public URL at all.
"""

import logging
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from cms.storage import (
    PRIVATE_PREFIX,
    STORAGE_ERRORS,
    copy_stored_file,
    is_private_name,
    relocated_name,
)

logger = logging.getLogger(__name__)


def restricted_collection_ids():
    """Ids of every collection that has a view restriction on itself or on an ancestor."""
    paths = Collection.objects.filter(
        id__in=CollectionViewRestriction.objects.values("collection_id")
    ).values_list("path", flat=True)
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    if not condition:
        return set()
    return set(Collection.objects.filter(condition).values_list("id", flat=True))


def collection_is_restricted(collection):
    return collection is not None and collection.get_view_restrictions().exists()


def document_wants_private(document):
    return document.collection_id is not None and collection_is_restricted(document.collection)


def storage_prefix_for(document):
    return PRIVATE_PREFIX if document_wants_private(document) else ""


def store_new_file(instance, field_name, prefix="", content_type=None):
    """Store the uncommitted upload in ``instance.<field_name>`` now, under ``prefix``.

    Returns the stored name. The field keeps the local upload open, so whatever reads the file
    next (Wagtail hashes it) reads it from the request's temporary file, not back from storage.
    """
    field_file = getattr(instance, field_name)
    field_ = field_file.field
    name = prefix + field_.generate_filename(instance, field_file.name)
    content = field_file.file
    if content_type:
        content.content_type = content_type
    stored = field_file.storage.save(name, content, max_length=field_.max_length)
    field_file.name = stored
    field_file._committed = True
    return stored


def place_new_document_file(sender, instance, raw=False, **kwargs):
    """pre_save: a new file of a document in a restricted collection goes under ``private/``.

    Uploads through the admin are already stored by their form; this covers every other way a
    document is created (code, demo content, imports).
    """
    file = instance.file
    if raw or not file or file._committed:
        return
    prefix = storage_prefix_for(instance)
    if prefix:
        store_new_file(instance, "file", prefix)


def check_document_file_place(sender, instance, raw=False, **kwargs):
    """post_save: a document whose privacy no longer matches its file's key is moved."""
    if raw or not instance.file:
        return
    if is_private_name(instance.file.name) != document_wants_private(instance):
        pk = instance.pk
        transaction.on_commit(
            lambda: sync_document_files(get_document_model().objects.filter(pk=pk))
        )


def collection_privacy_changed(sender, instance, raw=False, **kwargs):
    """post_save/post_delete of a CollectionViewRestriction, post_save of a Collection (which
    may have moved under a restricted parent): re-place the files of the whole subtree."""
    if raw:
        return
    collection = instance if isinstance(instance, Collection) else instance.collection
    path = collection.path
    transaction.on_commit(
        lambda: sync_document_files(
            get_document_model().objects.filter(collection__path__startswith=path)
        )
    )


def documents_moved_between_collections(request, action_type, objects, action_class_instance):
    """after_bulk_action: "Add to collection" updates rows without saving them one by one."""
    if action_type == "add_to_collection" and getattr(action_class_instance, "models", None):
        if get_document_model() in action_class_instance.models:
            pks = [obj.pk for obj in objects]
            transaction.on_commit(
                lambda: sync_document_files(get_document_model().objects.filter(pk__in=pks))
            )


@dataclass
class SyncReport:
    made_private: list = field(default_factory=list)
    made_public: list = field(default_factory=list)
    failed: list = field(default_factory=list)


def sync_document_files(documents=None):
    """Move the files of ``documents`` (default: all) whose key does not match their privacy.

    Each move is copy → update the row (only if it still names the old key) → delete the old key
    once that commits. A storage failure leaves that document as it was, logged and reported.
    """
    model = get_document_model()
    documents = model.objects.all() if documents is None else documents
    restricted = restricted_collection_ids()
    report = SyncReport()
    for document in documents.exclude(file="").only("pk", "file", "collection_id").iterator():
        private = document.collection_id in restricted
        storage = document.file.storage
        old = document.file.name
        try:
            new = relocated_name(
                storage, old, private=private, max_length=document.file.field.max_length
            )
            if new is None:
                continue
            copy_stored_file(storage, old, new)
        except STORAGE_ERRORS as error:
            logger.error(
                "Could not move the file of document %s (%s) %s private storage: %r",
                document.pk,
                old,
                "into" if private else "out of",
                error,
            )
            report.failed.append(document.pk)
            continue
        with transaction.atomic():
            updated = model.objects.filter(pk=document.pk, file=old).update(file=new)
        if updated:
            transaction.on_commit(lambda storage=storage, old=old: _delete_quietly(storage, old))
            (report.made_private if private else report.made_public).append(document.pk)
        else:  # the row changed meanwhile: drop our copy, the next sync looks again
            _delete_quietly(storage, new)
    return report


def _delete_quietly(storage, name):
    try:
        storage.delete(name)
    except STORAGE_ERRORS as error:
        logger.warning("Could not delete the replaced file %s: %r", name, error)


def connect_signals():
    """Connect the handlers above (called once, from the core's AppConfig.ready)."""
    from django.db.models.signals import post_delete, post_save, pre_save

    model = get_document_model()
    pre_save.connect(place_new_document_file, sender=model, dispatch_uid="cms-place-doc-file")
    post_save.connect(check_document_file_place, sender=model, dispatch_uid="cms-check-doc-file")
    for signal in (post_save, post_delete):
        signal.connect(
            collection_privacy_changed,
            sender=CollectionViewRestriction,
            dispatch_uid=f"cms-restriction-{signal is post_save}",
        )
    post_save.connect(
        collection_privacy_changed, sender=Collection, dispatch_uid="cms-collection-saved"
    )
