"""The Gemma 3 tokenizer: SentencePiece BPE, from a Hugging Face `tokenizer.model` or rebuilt from a GGUF file.

    tokenizer = load_tokenizer(gemma3.default_checkpoint())  # or an HF folder holding tokenizer.model
    ids = tokenizer.encode("Hello world")  # [2, 9259, 1902]: BOS first
    tokenizer.decode(ids)  # "Hello world"
    tokenizer.encode_chat([{"role": "user", "content": "Hi!"}])  # ends with <start_of_turn>model\\n

The model is SentencePiece BPE with byte fallback (characters outside the vocabulary become `<0xNN>`
pieces), no dummy prefix and no whitespace folding: text is only rewritten with `▁` for each space.
A GGUF holds no `tokenizer.model`; it stores the pieces, scores and piece types as metadata, from
which we rebuild the SentencePiece `ModelProto` (1.3 s for 262,144 pieces, file read included). llama.cpp wrote
the user-defined pieces with real spaces ("  ") where the original model has "▁▁"; we undo that.

Where we depart from plain SentencePiece: control tokens written in the text (`<start_of_turn>`,
`<bos>`, `<eos>`, ...) encode to their single ids, as Hugging Face's tokenizer does; SentencePiece
alone would spell them out letter by letter. `decode` drops control tokens by default, as
SentencePiece does and as Hugging Face's `decode(ids, skip_special_tokens=True)` does.
"""

from __future__ import annotations

import os
import pathlib
import re
from collections.abc import Iterable, Sequence

import numpy as np
import sentencepiece
from jaxtyping import Int
from sentencepiece import sentencepiece_model_pb2 as sp_model

from gemma3.checkpoints.gguf_reader import read_gguf
from gemma3.special_tokens import BOS_ID, EOS_ID, PAD_ID, UNK_ID  # the defaults; a GGUF may name its own

Piece = sp_model.ModelProto.SentencePiece
_SPECIAL_TYPES = (Piece.CONTROL, Piece.UNKNOWN)  # pieces matched whole when written in text


# ---------------------------------------------------------------------------------------------
# The vocabulary of a GGUF file


def model_proto_from_gguf(path: str | os.PathLike) -> sp_model.ModelProto:
    """Rebuild the SentencePiece model of a GGUF file from its `tokenizer.ggml.*` metadata."""
    metadata = read_gguf(path).metadata
    kind = metadata.get("tokenizer.ggml.model")
    if kind != "llama" or "tokenizer.ggml.scores" not in metadata:
        raise ValueError(
            f"{path}: expected a SentencePiece vocabulary (tokenizer.ggml.model 'llama' with scores), found "
            f"{kind!r}; this tokenizer reads Gemma GGUF files, or pass a folder holding tokenizer.model"
        )
    return model_proto_from_vocab(
        metadata["tokenizer.ggml.tokens"],
        metadata["tokenizer.ggml.scores"],
        metadata["tokenizer.ggml.token_type"],
        unk_id=int(metadata.get("tokenizer.ggml.unknown_token_id", UNK_ID)),
        bos_id=int(metadata.get("tokenizer.ggml.bos_token_id", BOS_ID)),
        eos_id=int(metadata.get("tokenizer.ggml.eos_token_id", EOS_ID)),
        pad_id=int(metadata.get("tokenizer.ggml.padding_token_id", PAD_ID)),
    )


def model_proto_from_vocab(
    pieces: Sequence[str],
    scores: Sequence[float],
    types: Sequence[int],
    *,
    unk_id: int = UNK_ID,
    bos_id: int = BOS_ID,
    eos_id: int = EOS_ID,
    pad_id: int = PAD_ID,
) -> sp_model.ModelProto:
    """A SentencePiece BPE `ModelProto` as Gemma 3's: byte fallback, identity normalizer, spaces as `▁`.

    `types` use SentencePiece's numbering, which GGUF keeps (1 normal, 2 unknown, 3 control,
    4 user-defined, 5 unused, 6 byte). User-defined pieces get their `▁` back from llama.cpp's spaces.
    """
    if not len(pieces) == len(scores) == len(types):
        raise ValueError(
            f"expected as many scores and types as pieces, found {len(pieces)}, {len(scores)}, {len(types)}"
        )
    bad_types = set(np.unique(np.asarray(types))) - set(Piece.Type.values())
    if bad_types:
        raise ValueError(
            f"unknown SentencePiece piece types {sorted(bad_types)}; expected {sorted(Piece.Type.values())}"
        )
    proto = sp_model.ModelProto()
    trainer = proto.trainer_spec
    trainer.model_type = sp_model.TrainerSpec.BPE
    trainer.vocab_size = len(pieces)
    trainer.byte_fallback = True
    trainer.split_digits = True  # training-time only, recorded as Gemma's model states it
    trainer.allow_whitespace_only_pieces = True
    trainer.unk_id, trainer.bos_id, trainer.eos_id, trainer.pad_id = unk_id, bos_id, eos_id, pad_id
    for name, index in (("unk", unk_id), ("bos", bos_id), ("eos", eos_id), ("pad", pad_id)):
        setattr(trainer, f"{name}_piece", pieces[index])
    normalizer = proto.normalizer_spec
    normalizer.name = "identity"
    normalizer.add_dummy_prefix = False
    normalizer.remove_extra_whitespaces = False
    normalizer.escape_whitespaces = True
    types = [Piece.UNKNOWN if index == unk_id else int(kind) for index, kind in enumerate(types)]
    proto.pieces.extend(
        Piece(piece=piece.replace(" ", "▁") if kind == Piece.USER_DEFINED else piece, score=score, type=kind)
        for piece, score, kind in zip(pieces, np.asarray(scores, np.float32).tolist(), types, strict=True)
    )
    return proto


# ---------------------------------------------------------------------------------------------
# Chat format


def format_chat(messages: Iterable[dict], add_generation_prompt: bool = True) -> str:
    """Gemma 3's chat prompt, as its published chat template writes it.

    `<bos><start_of_turn>user\\n{text}<end_of_turn>\\n<start_of_turn>model\\n{answer}<end_of_turn>\\n`.
    Roles: "user", "assistant" (or "model"), and "system" as the first message only: Gemma has no
    system turn, so its text goes in front of the first user message, followed by a blank line.
    Turns must alternate user/model, starting with user. Message text is stripped of surrounding
    whitespace (the template's `| trim`); `content` may also be a list of {"type": "text", "text": ...}
    or {"type": "image"} parts, an image becoming `<start_of_image>`.
    """
    messages = list(messages)
    for index, message in enumerate(messages):
        if not isinstance(message, dict) or not {"role", "content"} <= message.keys():
            raise ValueError(f"message {index}: expected a dict with 'role' and 'content', found {message!r}")
    prefix, offset = "", 0  # offset: message numbers in errors count the system message
    if messages and messages[0]["role"] == "system":
        prefix = _content_text(messages[0]["content"], 0, trim=False) + "\n\n"
        messages, offset = messages[1:], 1
    parts = ["<bos>"]
    for index, message in enumerate(messages):
        role = {"assistant": "model"}.get(message["role"], message["role"])
        expected = "user" if index % 2 == 0 else "model"
        if role != expected:
            raise ValueError(
                f"message {index}: expected role {expected!r} (turns alternate user/assistant after an optional "
                f"first system message), found {message['role']!r}"
            )
        first_prefix = prefix if index == 0 else ""
        text = _content_text(message["content"], index + offset)
        parts.append(f"<start_of_turn>{role}\n{first_prefix}{text}<end_of_turn>\n")
    if add_generation_prompt:
        parts.append("<start_of_turn>model\n")
    return "".join(parts)


def _content_text(content, index: int, trim: bool = True) -> str:
    if isinstance(content, str):
        return content.strip() if trim else content
    expected = "a string or a list of {'type': 'text', 'text': str} / {'type': 'image'} parts"
    if not isinstance(content, (list, tuple)):
        raise ValueError(f"message {index}: content must be {expected}, found {content!r}")
    for part in content:
        ok = isinstance(part, dict) and (
            part.get("type") == "image" or (part.get("type") == "text" and isinstance(part.get("text"), str))
        )
        if not ok:
            raise ValueError(f"message {index}: content must be {expected}, found the part {part!r}")
    if trim:
        return "".join("<start_of_image>" if part["type"] == "image" else part["text"].strip() for part in content)
    texts = [part["text"] for part in content if part["type"] == "text"]
    return texts[0] if texts else ""  # a system message given as parts: the template takes the first text


# ---------------------------------------------------------------------------------------------
# The tokenizer


class Tokenizer:
    """Text <-> token ids for Gemma 3, around a `sentencepiece.SentencePieceProcessor`."""

    def __init__(self, proto: sp_model.ModelProto):
        self.proto = proto
        self.processor = sentencepiece.SentencePieceProcessor(model_proto=proto.SerializeToString())
        self.special_ids = {p.piece: i for i, p in enumerate(proto.pieces) if p.type in _SPECIAL_TYPES}
        self._special_id_set = frozenset(self.special_ids.values())
        self._special_lengths = sorted({len(piece) for piece in self.special_ids}, reverse=True)
        first_chars = "".join(sorted({piece[0] for piece in self.special_ids}))
        self._special_start = re.compile(f"[{re.escape(first_chars)}]") if first_chars else None
        self.pad_id, self.eos_id = self.processor.pad_id(), self.processor.eos_id()
        self.bos_id, self.unk_id = self.processor.bos_id(), self.processor.unk_id()
        self.start_of_turn_id = self.piece_to_id("<start_of_turn>")
        self.end_of_turn_id = self.piece_to_id("<end_of_turn>")
        self.start_of_image_id = self.piece_to_id("<start_of_image>")
        self.end_of_image_id = self.piece_to_id("<end_of_image>")
        self.stop_tokens = (self.eos_id, self.end_of_turn_id)  # special_tokens.STOP_TOKENS, looked up by piece

    @property
    def vocab_size(self) -> int:
        """V: the number of pieces (262,144 for Gemma 3)."""
        return self.processor.get_piece_size()

    def piece_to_id(self, piece: str) -> int:
        """The id of a piece, spelled as in the vocabulary (spaces as `▁`); `unk_id` if unknown."""
        return self.processor.piece_to_id(piece)

    def id_to_piece(self, token_id: int) -> str:
        return self.processor.id_to_piece(int(token_id))

    def encode(self, text: str, add_bos: bool = True) -> list[int]:
        """Token ids of `text`, BOS first when `add_bos`; control tokens written in the text become their ids."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}; decode bytes first: data.decode('utf-8')")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:  # a lone surrogate, e.g. from surrogateescape or a JSON "\ud800"
            raise ValueError(
                f"text is not valid Unicode: {text[error.start]!r} at index {error.start} is a lone surrogate; "
                "clean it first, e.g. text.encode('utf-8', 'replace').decode('utf-8')"
            ) from None
        ids = [self.bos_id] if add_bos else []
        for segment in self._split_special(text):
            if isinstance(segment, int):
                ids.append(segment)
            else:
                ids.extend(self.processor.encode(segment))
        return ids

    def decode(self, ids: Sequence[int] | Int[np.ndarray, " T"], skip_special_tokens: bool = True) -> str:
        """The text of one sequence `ids` [T] (a list, numpy or jax array). Control tokens are dropped,
        or written as their piece (`<end_of_turn>`) with `skip_special_tokens=False`, as Hugging Face's
        `decode` does in both cases."""
        array = np.asarray(ids)
        if array.ndim > 1:
            raise ValueError(
                f"expected one sequence of token ids [T], found shape {array.shape}; "
                "decode a batch row by row: [tokenizer.decode(row) for row in ids]"
            )
        if array.size and not np.issubdtype(array.dtype, np.integer):
            raise TypeError(f"expected integer token ids, found dtype {array.dtype} (e.g. {array.flat[0]!r})")
        ids = array.astype(np.int64).tolist()
        out_of_range = [token_id for token_id in ids if not 0 <= token_id < self.vocab_size]
        if out_of_range:
            raise ValueError(f"expected token ids in [0, {self.vocab_size}), found {out_of_range[:5]}")
        if skip_special_tokens:  # SentencePiece drops control ids itself but writes <unk> as " ⁇ "
            return self.processor.decode([token_id for token_id in ids if token_id != self.unk_id])
        text, run = [], []
        for token_id in ids:
            if token_id in self._special_id_set:
                text += [self.processor.decode(run), self.id_to_piece(token_id)]
                run = []
            else:
                run.append(token_id)
        return "".join(text) + self.processor.decode(run)

    def format_chat(self, messages: Iterable[dict], add_generation_prompt: bool = True) -> str:
        """See `format_chat`."""
        return format_chat(messages, add_generation_prompt)

    def encode_chat(self, messages: Iterable[dict], add_generation_prompt: bool = True) -> list[int]:
        """Token ids of the chat prompt; it starts with BOS, written in the text."""
        return self.encode(format_chat(messages, add_generation_prompt), add_bos=False)

    def save(self, folder: str | os.PathLike) -> pathlib.Path:
        """Write `tokenizer.model` into `folder` (created if missing), as a Hugging Face checkpoint holds it."""
        path = pathlib.Path(folder) / "tokenizer.model"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.proto.SerializeToString())
        return path

    def _split_special(self, text: str) -> list[str | int]:
        """`text` cut at control tokens, leftmost and longest first: plain strings between their ids."""
        segments, start, position = [], 0, 0
        while self._special_start and (match := self._special_start.search(text, position)):
            position = match.start()
            for length in self._special_lengths:
                token_id = self.special_ids.get(text[position : position + length])
                if token_id is not None:
                    segments += [text[start:position], token_id]
                    position = start = position + length
                    break
            else:
                position += 1
        segments.append(text[start:])
        return [segment for segment in segments if segment != ""]

    def __repr__(self) -> str:
        return f"Tokenizer(vocab_size={self.vocab_size}, bos={self.bos_id}, eos={self.eos_id})"


def load_tokenizer(path: str | os.PathLike) -> Tokenizer:
    """The tokenizer of a checkpoint: an HF folder (its `tokenizer.model`), a `tokenizer.model` file, or a `.gguf`."""
    path = pathlib.Path(path).expanduser()
    if not path.exists():
        raise FileNotFoundError(f"tokenizer path {path} does not exist: expected a checkpoint folder or a .gguf file")
    if path.is_dir():
        if not (path / "tokenizer.model").is_file():
            found = sorted(p.name for p in path.iterdir())[:10]
            raise FileNotFoundError(
                f"expected {path / 'tokenizer.model'} (the SentencePiece model of a Hugging Face checkpoint), "
                f"found {found}; pass a folder that holds tokenizer.model, or a .gguf file"
            )
        path = path / "tokenizer.model"
    with open(path, "rb") as file:
        is_gguf = file.read(4) == b"GGUF"
    if is_gguf:
        return Tokenizer(model_proto_from_gguf(path))
    if path.suffix != ".model":
        raise ValueError(
            f"{path}: expected a .gguf file (it does not start with b'GGUF'), a tokenizer.model, "
            "or a checkpoint folder holding tokenizer.model"
        )
    proto = sp_model.ModelProto()
    try:
        proto.ParseFromString(path.read_bytes())
    except Exception as error:  # protobuf raises its own DecodeError
        raise ValueError(f"{path}: expected a SentencePiece model, which could not be parsed ({error})") from error
    return Tokenizer(proto)
